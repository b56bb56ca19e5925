/*!
The quotes stage: who said what. Direct quotes and reported speech, each
with its source, cue and content spans, and the speaker resolved to one of
the article's entities.

It reads the text, sentences, tokens and entities of an [`Article`] and
fills [`Article::attributions`]. Rules find most of it: a cue lexicon
(English verbs with their inflections, a few French, German and Spanish
cues), the quotation marks of the text, and rules over the words around
each cue; a tagger trained on PolNeAR by the project's own command (see
the `tagger` module) adds the cues the lexicon lacks and corrects the
rules' sources and contents where it reads them differently.

What is found:

* direct quotes in every quotation-mark style (`“…”`, `‘…’`, `"…"`, `'…'`,
  `«…»`, `„…“`, doubled single quotes `''…''`), before, after or around
  their cue (`“A,” he said, “B.”` is one attribution with two parts), over
  several sentences and paragraphs, and continued by the quotes that follow
  in the same paragraph;
* statements introduced by a colon ("Macron said: a red line…"), the
  turns of an interview transcript ("PENCE: Well, look, …") and
  quotations signed after a dash (`“…” ― Esther Tapia`);
* reported speech: "X said (that) …", "…, X said", "…, said X",
  "according to X, …", "X accused Y of …", "X denied …", "X told Y that
  …", "X urged Y to …", and verbs of thinking with a clause ("X believes
  that …");
* the source as written (a name with its title and appositive, a role, a
  pronoun) and the speaker it refers to (see the `speaker` module).

What is not: a claim inside another attribution's content ("told CNN
that he believed …" is one attribution, by "told"; see the `nesting`
module); quotation marks with no cue next to them (titles, scare
quotes such as "so-called “experts”", quotes whose speaker the text never
gives) make no attribution; a quote merged across outlets is the story
stage's business, not this one's.

Content spans follow the model: a direct quote's content is what is inside
the marks (without a comma before the closing mark) and `direct` is true.
[`find`] also gives the content as written, in parts, with the marks: the
form the PolNeAR annotations use.

# Example

```
use chorus_model::{Article, Entity, EntityKind, Span};

let text = "“We will not give up,” Pashinyan said. He added that talks had failed.";
let mut article = Article { text: text.to_string(), ..Article::default() };
chorus_text::annotate(&mut article);
article.entities.push(Entity {
    name: "Nikol Pashinyan".to_string(),
    kind: EntityKind::Person,
    mentions: vec![Span::new(23, 32)],
    country: None,
});
chorus_quotes::annotate(&mut article);
let quotes: Vec<(&str, &str, &str, bool)> = article
    .attributions
    .iter()
    .map(|a| {
        let source = a.source.map_or("", |s| article.span_text(s));
        let cue = a.cue.map_or("", |c| article.span_text(c));
        (source, cue, article.span_text(a.content), a.direct)
    })
    .collect();
assert_eq!(quotes, [
    ("Pashinyan", "said", "We will not give up", true),
    ("He", "added", "that talks had failed", false),
]);
assert_eq!(article.attributions[1].speaker, Some(0));
```
*/
#![deny(missing_docs)]

mod cues;
mod direct;
mod edges;
mod marks;
mod nesting;
mod reported;
mod source;
mod speaker;
mod tagger;
mod trace;
mod view;

use chorus_model::{Article, Attribution, Span};

pub use marks::is_opening_mark;
pub use nesting::is_relay_cue;
pub use reported::is_label;
use reported::Found;
pub use speaker::{names_a_document, names_an_affiliation};
pub use tagger::check::{check_detector, CueOutcome, DetectorCheck, GoldCue, Usage};
pub use tagger::clusters::{word_key, Clusters, DEPTH as CLUSTER_DEPTH};
pub use tagger::train::{train, Example, Gold, Settings};
pub use tagger::Model;
pub use trace::{Candidate, Fate};
use view::View;

/// One attribution with its content as written, in parts.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The attribution as the model stores it.
    pub attribution: Attribution,
    /// The content as written, in text order: one part, or several when the
    /// cue interrupts it or the quote goes on in the following sentences.
    /// Quotation marks and the punctuation inside them are included.
    pub parts: Vec<Span>,
}

/// Every attribution of an article, in text order, with its parts. Reads
/// the article's sentences, tokens (made on the fly when the text stage
/// has not run) and entities. Uses the rules and the shipped tagger model.
pub fn find(article: &Article) -> Vec<Quote> {
    find_with(article, shipped_model())
}

/// The tagger model shipped with the crate (`model/attribution.bin`), if
/// it holds one.
pub fn shipped_model() -> Option<&'static Model> {
    tagger::shipped()
}

/// The word clusters shipped with the crate (`model/clusters.bin`) that
/// the tagger's features read, if it holds them.
pub fn shipped_clusters() -> Option<&'static Clusters> {
    tagger::clusters::shipped()
}

/// What became of every cue the rules or the tagger `model` considered in
/// an article: the cues of [`find_with`]'s attributions ([`Fate::Kept`],
/// with their content parts), and the cues a filter dropped, each with the
/// filter's [`Fate`]; for error analysis.
pub fn candidates(article: &Article, model: Option<&Model>) -> Vec<Candidate> {
    let view = View::new(article);
    let mut trace = Vec::new();
    let rules = {
        let mut rules = reported::find(&view);
        direct::continue_quotes(&view, &mut rules);
        rules
    };
    let rule_cues: Vec<Span> = rules.iter().map(|rule| rule.cue).collect();
    for one in attributions(&view, article, model, Some(&mut trace)) {
        trace.push(Candidate {
            cue: one.cue,
            by_rules: rule_cues
                .iter()
                .any(|cue| cue.start < one.cue.end && one.cue.start < cue.end),
            margin: None,
            fate: Fate::Kept,
            parts: one.parts,
        });
    }
    trace
}

/// The attributions of the rules and of the tagger `model`, combined, in
/// text order; with a `trace`, the cues dropped on the way.
fn attributions(
    view: &View,
    article: &Article,
    model: Option<&Model>,
    mut trace: Option<&mut Vec<Candidate>>,
) -> Vec<Found> {
    let mut found = reported::find(view);
    direct::continue_quotes(view, &mut found);
    if let Some(model) = model {
        let mut tagged = tagger::tag(model, view, article, &found, trace.as_deref_mut());
        direct::continue_quotes(view, &mut tagged);
        found = tagger::combine(view, found, tagged, trace.as_deref_mut());
    }
    // "The other suspect, Jamal Reed, …": a noun, whoever proposed it; and
    // "called 911 after …": a telephone call, not speech.
    found.retain(|one| {
        let noun = tagger::noun_read_as_verb(view, one.cue) || reported::is_phone_call(view, one);
        if let Some(trace) = trace.as_deref_mut().filter(|_| noun) {
            trace.push(Candidate {
                cue: one.cue,
                by_rules: true,
                margin: None,
                fate: Fate::NotPlausible,
                parts: one.parts.clone(),
            });
        }
        !noun
    });
    nesting::settle(view, &mut found);
    source::mend_fragments(view, &mut found);
    source::subject_before_aside(view, &mut found);
    edges::settle(view, &mut found);
    found.sort_by_key(|one| one.cue.start);
    nesting::share_participle_sources(view, &mut found);
    source::share_main_subject(view, &mut found);
    source::drop_opening_common_words(view, &article.entities, &mut found);
    found
}

/// [`find`] with a given tagger model, or the rules alone with `None`.
pub fn find_with(article: &Article, model: Option<&Model>) -> Vec<Quote> {
    let view = View::new(article);
    let found = attributions(&view, article, model, None);
    let mut resolver = speaker::Resolver::new(&article.text, &article.entities);
    found
        .into_iter()
        .map(|one| {
            let source = one
                .source
                .map(|phrase| reported::words_span(&view, phrase.first, phrase.last));
            let (source, cue) = source::split_contraction(&article.text, source, one.cue);
            let sentence_start = view.sentences.get(one.sentence).map_or(0, |s| s.span.start);
            let resolved = resolver.resolve(source, sentence_start);
            let speaker = resolved.as_ref().map(|resolved| resolved.speaker);
            let (content, direct) = direct::model_content(&view, &one.parts);
            Quote {
                attribution: Attribution {
                    source,
                    speaker: speaker.map(|speaker| speaker.entity),
                    role: speaker.and_then(|speaker| speaker.role),
                    co_speakers: resolved.map(|resolved| resolved.co_speakers).unwrap_or_default(),
                    cue: Some(cue),
                    content,
                    direct,
                },
                parts: one.parts,
            }
        })
        .collect()
}

/// Fill [`Article::attributions`] (replacing any already there) with the
/// attributions that tell what was said: [`find`]'s, less those whose
/// content only names a topic ("discussed the matter at a meeting") or is
/// a relative pronoun standing for a clause before it ("…, which Baku
/// denied"), which PolNeAR counts as attributions but a reader of who said
/// what cannot use.
pub fn annotate(article: &mut Article) {
    let quotes = find(article);
    article.attributions = quotes
        .into_iter()
        .map(|quote| quote.attribution)
        .filter(|attribution| {
            let content = article.span_text(attribution.content);
            !names_only_a_topic(content) && !is_relative_pronoun(content)
        })
        .collect();
}

/// Whether a content (or a part of one) is only a relative pronoun
/// ("which", "that", "what"): what it stands for is outside the content.
pub(crate) fn is_relative_pronoun(content: &str) -> bool {
    let word = content.trim().trim_end_matches([',', '.', ';']);
    ["which", "that", "who", "whom", "what"]
        .iter()
        .any(|pronoun| word.eq_ignore_ascii_case(pronoun))
}

/// Nouns that name what was talked about without saying anything of it.
const TOPIC_NOUNS: &[&str] = &[
    "matter",
    "matters",
    "issue",
    "issues",
    "subject",
    "topic",
    "topics",
    "situation",
    "question",
    "questions",
];

/// Whether a content is a topic and nothing said of it: "the matter", "this
/// issue at a meeting on Thursday" (a determiner, a topic noun, then at
/// most a circumstance opened by a preposition).
fn names_only_a_topic(content: &str) -> bool {
    let mut words = content
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';'))
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase);
    let determiner = words.next();
    let noun = words.next();
    let after = words.next();
    matches!(determiner.as_deref(), Some("the" | "this" | "that" | "these" | "those"))
        && noun.is_some_and(|noun| TOPIC_NOUNS.contains(&noun.as_str()))
        && after.is_none_or(|word| {
            matches!(
                word.as_str(),
                "at" | "on" | "in" | "during" | "with" | "by" | "over" | "behind" | "before" | "after"
            )
        })
}
