/*!
The summary stage: a short extractive summary of a story in which every
sentence cites every article that says it, and the story's dated timeline.

Sentences are chosen greedily by a score that rewards, first, the number of
independent sources that report the same fact (found by `chorus-compare`),
then how central the sentence is to what all the sources say, how early it
comes in its article (news puts the event first) and its length (a full
sentence tells more than a short one; flat from 25 words). The sources of a
sentence under 18 words count for its share of 18: a six-word aside that
three outlets repeat ("The bullet exited at his hip.") no longer outranks
a full sentence that two of them report (NeuS val ROUGE-1/2/L
0.4194/0.1873/0.3548, then 0.4196/0.1879/0.3550; weighting the sources by
how many of the story's articles use the sentence's terms instead gave
0.4172/0.1854/0.3530). A sentence is
skipped when it repeats one already chosen, when it cannot stand alone (it
starts with a pronoun or a demonstrative that refers back, it is a fragment
of a quotation, it is a headline or caption without a verb's full stop), or
when it would overrun the word budget: the budget is never exceeded, and a
shorter sentence further down the ranking may fill what a longer one
leaves. A sentence that opens with page furniture (a dateline,
"WASHINGTON —"; a time stamp; a photo credit, "Photograph: PA"; a byline,
"By the CNN Wire Staff") or with a
connective set off by a comma ("For its part, Azerbaijan accused …",
"Meanwhile, Russia …") is shown without them when what follows stands
alone as written (it starts with a capital, a
digit or a quotation mark: nothing is re-cased, so the text shown is still
the article's, from a later offset of the cited sentence; the timeline
shows its entries the same way, by the same function, `shown_part`). A
sentence that is the page's though it reads like one ("Posted by … on
April 2, 2005 11:01 PM.", a footer giving an e-mail address) is never
chosen; one that reads as a photo's caption ("Police investigate a
shooting at a motel in South Seattle, July 11, 2016.", "Buy Photo A man
walks past …") ranks as if one independent source fewer said it, and the
timeline tells a day by it only after the prose that tells it. Any other
sentence that only opens with a connective ("But", "However, the talks
…") or in the writer's voice ("I've got news for …") stays a candidate,
ranked as if one independent source fewer said it: a reader meets it
without the sentence it answers. (On NeuS val, leaving out the contracted
forms of words that refer back, "That's" and "It’s" as "That" and "It"
were, costs 0.0015 ROUGE-1: fewer sentences are left to fill the budget.)

A whole sentence that uses "he" or "her" and names no one it may stand
for (no person the entities stage found, no word of a person's name, no
two capitalized words in a row past its first: "Evangelicals and
gun-rights advocates love him.", "Twelve hours later, he told the
world.") is taken only after a chosen sentence that names one of its
article's people, the one its article names nearest before it (up to
three sentences back; none when a sentence between tells of an unnamed
"man" or "victim": "The bullet exited at his hip." after "the man was
walking … when he was struck" points at no one a summary can name); one
that opens with a noun of an act told before ("The
move comes as …", "The details are unclear", "The vote was 11 to 0") or
stands for one with "do so" in its first clause ("Trump has done so
repeatedly") cannot stand alone. Read over NeuS train's first 300
clusters, these left out 13 sentences that pointed at nothing; ROUGE
moved within noise (0.4167 / 0.1758 / 0.3523 before, 0.4150 / 0.1753 /
0.3505 with the furniture below; val 0.4214 / 0.1893 / 0.3568, then
0.4217 / 0.1894 / 0.3570). What a page glues before a sentence without
punctuation is furniture too: a headline, caption or list item before a
word that opens sentences ("… emerged in the UK Two more people …",
"… into ambulances Dozens of Mexicans …"), a label in capitals ("VIDEO:",
"FIRST CONFIRMED CASE") or a section's ("Why it matters:"), a blog
stamp ("Fergus Walsh | 10:25 UK time, Monday, 15 June 2009"), an agency
glued to the first word ("(CNN)US …") and a closing quote the segmenter
left at the start; a caption that ends before any other word ("…
takeaway food Restaurants and cafes …") is still shown glued.

A sentence repeats a chosen one when they share many words, or when the
articles tell them in the same places: both are aligned with one sentence,
or with two parts of one quotation spread over sentences (a paraphrase and
the quote it paraphrases may share few words but have a source sentence in
common). A sentence found to repeat a chosen one lends it its places, so a
third wording aligned only with the second repeats too. On NeuS train this
lowers ROUGE-1 from 0.418 to 0.412, mostly because fewer sentences are left
to fill the budget (58.6 words on average, then 56.1); the summaries it
gives say each fact once. Places tell a repeat only between sentences of
different articles: two sentences of one article aligned with one sentence
of another are two facts that sentence tells together (an article does not
tell one fact twice in a row; NeuS's "Biden should finish with 306 votes,
compared to 232 for Trump." was left out beside the electors' meeting
told by its own article); their
words and their statements still tell a repeat (NeuS train, all 2452
clusters, ROUGE-1/2/L 0.4137/0.1736/0.3475, then 0.4157/0.1748/0.3495;
read over the first 80 clusters, no fact is told twice more). A sentence also repeats a chosen one when both
carry one statement of one speaker, one quoted and one in other words
(`statements.rs`): the seeds' "Russia said it had information about …
foreign mercenaries" and the ministry's quotation "According to the
information that we received, …" share too few words to be aligned (NeuS
train ROUGE-1 0.4128, then 0.4123). So do two sentences that give one
large count of one thing, rounded or not ("40 million Covid-19 cases",
"40,000,070 cases"; NeuS train ROUGE-1 0.4116, then 0.4115).

When no whole sentence fits the budget, or the chosen ones leave room for
six words or more, the best sentence left that does not repeat the others
is shown up to a clause boundary that fits (before a comma, a dash or a
word such as "after" or "which"), followed by "…"; it still cites every
article that says the whole sentence. If room for six words is still left,
a second one may follow. An article's last sentence that its source cut
off mid-sentence (excerpts stop so: "… has won the country's election
for") is a candidate for this cut only, when it starts as a whole
sentence does and refers back to nothing. A reader who asks for twenty
words gets twenty words, not nothing.

Where the words go (NeuS train, first 300 clusters, before these cuts):
whole sentences left 12.6 words of the budget unused on average. Of the
sentences that would have fit what was left, 124 repeated a chosen one
(73 aligned with a sentence the chosen one is aligned with, 47 sharing its
words, 4 its statement), 74 could not be shown (51 of them cut off by the
excerpt; the rest open with "he", "it", "that" or are a piece of a
quotation spread over sentences), 11 scored below a tenth of the best and
8 were under six words. Sentences longer than what was left were skipped
598 times. Of these, the rule that a sentence aligned with the same
sentence of another article as a chosen one repeats it costs the most: on
all 2452 train clusters, without it ROUGE-1 is 0.4224 instead of 0.4137,
and keeping only alignments of similarity 0.3 or more gives 0.4213; but
read side by side, summaries then tell one fact twice ("Harris visited
the U.S.-Mexico border Friday in El Paso" and "Harris visited the
southern border in El Paso"), so the rule stays.

The weights were set on NeuS's train split (`chorus-bench summaries
--split train`): support first, then centrality, length and position.

It reads the alignment of `chorus-compare` and the articles' sentences; it
writes nothing and knows nothing about the report format.
*/
#![deny(missing_docs)]

mod standalone;
mod statements;
mod timeline;

use chorus_compare::{AlignedSentence, SentenceRef, StoryAlignment, Support};
use chorus_model::hash::FastMap;
use chorus_model::{Article, Span};
use standalone::{antecedent_name_words, names_someone, reads_as_caption, without_possessive};
use statements::{share_a_count, share_a_statement, statements_in, Statement};

pub use standalone::{
    has_dangling_pronoun, leans_on_context, opening_clauses, opening_stands_alone, refers_back, shown_part,
    stands_alone, Shown, ShownParts,
};
pub use timeline::{timeline, timeline_with, words_key, Timeline, TimelineItem, TimelineOptions, BACKGROUND_DAYS};

/// Settings of the summary.
#[derive(Debug, Clone, Copy)]
pub struct SummaryOptions {
    /// The summary stops before this many words.
    pub max_words: usize,
}

impl Default for SummaryOptions {
    fn default() -> SummaryOptions {
        SummaryOptions { max_words: 200 }
    }
}

/// Similarity to a chosen sentence above which a candidate repeats it.
const REDUNDANCY_THRESHOLD: f32 = 0.3;
/// Share of the best candidate's score below which a sentence is left out.
const MIN_RELATIVE_SCORE: f32 = 0.1;
/// Score taken from a sentence that opens with a connective ("Otherwise",
/// "In addition"): as much as one independent source, so that it comes
/// after the sentences that stand alone and are as well supported.
/// (Measured on NeuS train: 0.2 and leaving such sentences out both score
/// within 0.0005 ROUGE-1 of this.)
const CONNECTIVE_PENALTY: f32 = 1.0;
/// Score a sentence that reads as a photo's caption loses
/// ([`standalone::reads_as_caption`]: "A man walks past a shrine … in Mount
/// Vernon, Dec. 26, 2016."): as much as one independent source, so that
/// the story's prose as well supported comes first.
const CAPTION_PENALTY: f32 = 1.0;
/// Bounds of a summary sentence's length, in words.
const MIN_WORDS: usize = 6;
const MAX_WORDS: usize = 80;
/// Length in words from which a sentence gets the whole length prior.
const FULL_WORDS: usize = 25;
/// Length in words from which a sentence's independent sources count in
/// full; a shorter one's count for its share of this (NeuS val ROUGE-1/2/L
/// 0.4194/0.1873/0.3548 without this, 0.4196/0.1879/0.3550 with it; 12
/// words changed nothing, 25 gave 0.4195/0.1868/0.3547).
const SUPPORT_FULL_WORDS: usize = 18;
/// Words left in the budget from which the best sentence left is shown up
/// to a clause boundary that fits. (NeuS train, all 2452 clusters: 10
/// words gave ROUGE-1 0.4133, 7 gave 0.4136, 6 and 5 gave 0.4137.)
const MIN_ROOM: usize = 6;
/// Most sentences shown up to a clause boundary: after the first, the
/// budget may still leave room for the opening of another (NeuS train:
/// one gave ROUGE-1 0.4129, two and three 0.4137).
const MAX_CUTS: usize = 2;

/// One sentence of the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryItem {
    /// The sentence shown.
    pub at: SentenceRef,
    /// The part of it that is shown: the whole sentence; the sentence
    /// without an opening dateline or connective set off by a comma ("For
    /// its part,"), when the rest stands alone; or, when no whole sentence
    /// fits the word budget, its opening clauses.
    pub shown: Span,
    /// Every sentence that says it: the shown one first, then one per other
    /// article that says the same.
    pub citations: Vec<SentenceRef>,
    /// How many articles and independent sources say it.
    pub support: Support,
}

impl SummaryItem {
    /// The text shown: the sentence, or the part of it that is shown, as
    /// written, followed by "…" when it stops before the sentence's end.
    pub fn text(&self, articles: &[Article]) -> String {
        shown_text(articles, self.at, self.shown)
    }
}

/// The text of `shown`, a span of sentence `at`, as written, followed by
/// "…" when it stops before the sentence's end.
pub(crate) fn shown_text(articles: &[Article], at: SentenceRef, shown: Span) -> String {
    let article = &articles[at.article];
    let mut text = article.span_text(shown).to_string();
    if shown.end != article.sentences[at.sentence].span.end {
        text.push('…');
    }
    text
}

/// Summarize one story from its alignment.
pub fn summarize(articles: &[Article], alignment: &StoryAlignment, options: &SummaryOptions) -> Vec<SummaryItem> {
    summarize_with(articles, alignment, options, &ShownParts::new())
}

/// [`summarize`], reading what sentences show from `shown`, the story's
/// cache that its timeline shares ([`crate::timeline_with`]).
pub fn summarize_with(
    articles: &[Article],
    alignment: &StoryAlignment,
    options: &SummaryOptions,
    shown: &ShownParts,
) -> Vec<SummaryItem> {
    let mut chosen = choose(articles, alignment, options, Completeness::Strict, shown);
    if chosen.is_empty() {
        // Excerpts and scrapes may hold no sentence that both reads as a
        // whole statement and fits the budget; a sentence that does not
        // end like one still beats no summary, as long as it refers back
        // to nothing.
        chosen = choose(articles, alignment, options, Completeness::Relaxed, shown);
    }
    chosen
        .into_iter()
        .map(|(index, shown)| {
            let sentence = &alignment.sentences[index];
            let mut citations = vec![sentence.at];
            let mut others: Vec<SentenceRef> = sentence.matches.iter().map(|(at, _)| *at).collect();
            others.sort_unstable();
            citations.extend(others);
            SummaryItem {
                at: sentence.at,
                shown,
                citations,
                support: sentence.support,
            }
        })
        .collect()
}

/// How complete a sentence must look to be chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Completeness {
    /// It stands alone, or leans on context only through a connective.
    Strict,
    /// It does not start with a word that refers back.
    Relaxed,
}

/// A candidate sentence: its position in the alignment, its score and its
/// length in words.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    index: usize,
    score: f32,
    /// What would be shown: the sentence, or the sentence without an
    /// opening dateline or connective set off by a comma.
    shown: Span,
    words: usize,
    /// Whether it may be shown whole; a sentence its source cut off before
    /// its end (an excerpt's last sentence) may only be shown up to a
    /// clause boundary.
    whole: bool,
}

/// A sentence waiting in the [`Ranking`]: keyed by its score once it is
/// known, and until then by the most it can score.
struct Pending {
    key: f32,
    index: usize,
    candidate: Option<Candidate>,
}

impl Ord for Pending {
    /// Higher scores first, then earlier sentences: the order of the
    /// ranking.
    fn cmp(&self, other: &Pending) -> std::cmp::Ordering {
        self.key.total_cmp(&other.key).then(other.index.cmp(&self.index))
    }
}

impl PartialOrd for Pending {
    fn partial_cmp(&self, other: &Pending) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Pending {
    fn eq(&self, other: &Pending) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Pending {}

/// The candidate sentences of a story, best first (by score, then by
/// position in the alignment), those scoring below a tenth of the best left
/// out, each found only when the selection asks for it. What a sentence
/// shows ([`shown_part`]) is most of the cost of a candidate, and most
/// sentences are never considered: a summary is full after a few. So each
/// sentence waits under the most it can score (no connective penalty, the
/// length prior of its whole sentence, which what it shows never exceeds),
/// and what it shows is computed only when that bound comes first; its
/// score then puts it back in its place. A sentence comes out when its
/// score is above every other bound, so the order is the one that scoring
/// every sentence and sorting them gives.
struct Ranking<'a> {
    articles: &'a [Article],
    alignment: &'a StoryAlignment,
    completeness: Completeness,
    shown_parts: &'a ShownParts,
    max_centrality: f32,
    pending: std::collections::BinaryHeap<Pending>,
    ranked: Vec<Candidate>,
    /// A tenth of the best score, once the best is known.
    cutoff: Option<f32>,
}

impl<'a> Ranking<'a> {
    fn new(
        articles: &'a [Article],
        alignment: &'a StoryAlignment,
        completeness: Completeness,
        shown_parts: &'a ShownParts,
    ) -> Ranking<'a> {
        let max_centrality = alignment.sentences.iter().map(|s| s.centrality).fold(0.0f32, f32::max);
        let mut ranking = Ranking {
            articles,
            alignment,
            completeness,
            shown_parts,
            max_centrality,
            pending: std::collections::BinaryHeap::new(),
            ranked: Vec::new(),
            cutoff: None,
        };
        for (index, sentence) in alignment.sentences.iter().enumerate() {
            let article = &articles[sentence.at.article];
            if article.duplicate_of.is_some() || sentence.vector.is_empty() {
                continue;
            }
            // What is shown is the sentence or a part of its end, so it has
            // no more words than the whole sentence.
            let whole = article.sentences[sentence.at.sentence].span;
            let most_words = article.span_text(whole).split_whitespace().count();
            if most_words < MIN_WORDS {
                continue;
            }
            let key = ranking.score(index, most_words, 0.0);
            ranking.pending.push(Pending {
                key,
                index,
                candidate: None,
            });
        }
        ranking
    }

    /// The score of sentence `index` of the alignment when what it shows
    /// has `words` words, less `penalty`.
    fn score(&self, index: usize, words: usize, penalty: f32) -> f32 {
        let sentence = &self.alignment.sentences[index];
        let centrality = if self.max_centrality > 0.0 {
            sentence.centrality / self.max_centrality
        } else {
            0.0
        };
        let position = 1.0 / (1.0 + sentence.at.sentence as f32 / 2.0);
        // A short sentence tells less than a full one: a prior on length,
        // flat from FULL_WORDS on.
        let length = (words as f32 / FULL_WORDS as f32).min(1.0);
        // A short sentence also counts its outlets for less: a six-word
        // aside three outlets repeat ("The bullet exited at his hip.")
        // tells less than a full sentence two of them report.
        let support = (sentence.support.independent as f32 - 1.0) * (words as f32 / SUPPORT_FULL_WORDS as f32).min(1.0);
        support + 0.6 * centrality + 0.4 * position + 0.6 * length - penalty
    }

    /// Sentence `index` of the alignment as a candidate, if it is one.
    fn candidate(&self, index: usize) -> Option<Candidate> {
        let sentence = &self.alignment.sentences[index];
        let article = &self.articles[sentence.at.article];
        let whole = article.sentences[sentence.at.sentence].span;
        let (shown, penalty, is_whole) = match self.shown_parts.get(self.articles, sentence.at) {
            Some(Shown {
                span,
                leans_on_context: false,
            }) => (span, 0.0, true),
            Some(Shown { span, .. }) => (span, CONNECTIVE_PENALTY, true),
            None if self.completeness == Completeness::Relaxed && !refers_back(article.span_text(whole)) => {
                (whole, CONNECTIVE_PENALTY, true)
            }
            None if is_cut_off(article, sentence.at.sentence) => (whole, 0.0, false),
            None => return None,
        };
        let words = article.span_text(shown).split_whitespace().count();
        if !(MIN_WORDS..=MAX_WORDS).contains(&words) {
            return None;
        }
        let penalty = match reads_as_caption(article.span_text(whole)) {
            true => penalty + CAPTION_PENALTY,
            false => penalty,
        };
        Some(Candidate {
            index,
            score: self.score(index, words, penalty),
            shown,
            words,
            whole: is_whole,
        })
    }

    /// The candidate at `rank` (0 is the best), if there are that many.
    fn get(&mut self, rank: usize) -> Option<Candidate> {
        while self.ranked.len() <= rank {
            // Leftover budget is not a reason to add a sentence that
            // matters little next to the best one: nothing that may score
            // no more than a tenth of the best is a candidate.
            if let (Some(cutoff), Some(next)) = (self.cutoff, self.pending.peek()) {
                if next.key < cutoff {
                    self.pending.clear();
                }
            }
            let next = self.pending.pop()?;
            match next.candidate {
                Some(candidate) => {
                    let cutoff = *self.cutoff.get_or_insert(candidate.score * MIN_RELATIVE_SCORE);
                    if candidate.score >= cutoff {
                        self.ranked.push(candidate);
                    }
                }
                None => {
                    if let Some(candidate) = self.candidate(next.index) {
                        self.pending.push(Pending {
                            key: candidate.score,
                            index: next.index,
                            candidate: Some(candidate),
                        });
                    }
                }
            }
        }
        Some(self.ranked[rank])
    }
}

/// The sentences of the summary, by position in the alignment, with the
/// span of each that is shown (the whole sentence, or its opening clauses).
fn choose(
    articles: &[Article],
    alignment: &StoryAlignment,
    options: &SummaryOptions,
    completeness: Completeness,
    shown: &ShownParts,
) -> Vec<(usize, Span)> {
    let mut ranking = Ranking::new(articles, alignment, completeness, shown);

    // What each chosen sentence reports, as the places the articles tell
    // it. A sentence found to repeat a chosen one adds its places to it, so
    // that a third wording that matches only the second repeats too. Places
    // are compared only between sentences of different articles.
    let quotation_starts = quotation_starts(articles, alignment);
    let mut footprints: Vec<Vec<SentenceRef>> = Vec::new();
    // The attributed statements of each candidate, by position in the
    // alignment, found when it is first considered: a quotation and its
    // paraphrase by one speaker are one fact, as are two sentences giving
    // one large count of one thing.
    let mut statements: Vec<Option<Vec<Statement>>> = vec![None; alignment.sentences.len()];
    let find_statements = |index: usize, statements: &mut Vec<Option<Vec<Statement>>>| {
        if statements[index].is_none() {
            let at = alignment.sentences[index].at;
            statements[index] = Some(statements_in(&articles[at.article], at.sentence));
        }
    };
    let same_statement = |statements: &[Option<Vec<Statement>>], chosen: usize, index: usize| {
        let (a, b) = (alignment.sentences[chosen].at, alignment.sentences[index].at);
        share_a_statement(
            &articles[a.article],
            statements[chosen].as_deref().unwrap_or_default(),
            &articles[b.article],
            statements[index].as_deref().unwrap_or_default(),
        ) || share_a_count(&articles[a.article], a.sentence, &articles[b.article], b.sentence)
    };
    let repeat_of = |statements: &[Option<Vec<Statement>>],
                     chosen: &[(usize, Span)],
                     footprints: &[Vec<SentenceRef>],
                     index: usize,
                     places: &[SentenceRef]| {
        chosen.iter().zip(footprints).position(|(&(c, _), footprint)| {
            alignment.similarity(c, index) >= REDUNDANCY_THRESHOLD
                || (alignment.sentences[c].at.article != alignment.sentences[index].at.article
                    && shares_any(footprint, places))
                || same_statement(statements, c, index)
        })
    };
    let mut chosen: Vec<(usize, Span)> = Vec::new();
    let mut words_used = 0;
    let mut rank = 0;
    while let Some(candidate) = ranking.get(rank) {
        rank += 1;
        if !candidate.whole {
            continue;
        }
        find_statements(candidate.index, &mut statements);
        let places = reported_at(&alignment.sentences[candidate.index], &quotation_starts);
        if let Some(fact) = repeat_of(&statements, &chosen, &footprints, candidate.index, &places) {
            let footprint = &mut footprints[fact];
            footprint.extend(places);
            footprint.sort_unstable();
            footprint.dedup();
            continue;
        }
        if words_used + candidate.words > options.max_words {
            continue;
        }
        let at = alignment.sentences[candidate.index].at;
        let article = &articles[at.article];
        // What is shown uses "he" or "her" and names no one it may stand
        // for: it may follow only a chosen sentence that names one of its
        // article's people.
        let dangling = has_dangling_pronoun(article, candidate.shown) && !names_someone(article, candidate.shown);
        if dangling && !named_in(articles, alignment, &chosen, candidate.index) {
            continue;
        }
        chosen.push((candidate.index, candidate.shown));
        footprints.push(places);
        words_used += candidate.words;
        // When what is left holds no candidate and no clause, the
        // sentences not yet considered change nothing.
        if options.max_words - words_used < MIN_WORDS.min(MIN_ROOM) {
            return chosen;
        }
    }
    // When the budget leaves room for a clause (or no whole sentence fits
    // at all), the best sentences left may be shown up to a clause boundary.
    let mut cuts = 0;
    while cuts < MAX_CUTS && (chosen.is_empty() || options.max_words - words_used >= MIN_ROOM) {
        let room = options.max_words - words_used;
        let mut added = false;
        let mut rank = 0;
        while let Some(candidate) = ranking.get(rank) {
            rank += 1;
            find_statements(candidate.index, &mut statements);
            let places = reported_at(&alignment.sentences[candidate.index], &quotation_starts);
            if chosen.iter().any(|&(c, _)| c == candidate.index)
                || repeat_of(&statements, &chosen, &footprints, candidate.index, &places).is_some()
            {
                continue;
            }
            let at = alignment.sentences[candidate.index].at;
            let article = &articles[at.article];
            if let Some(span) =
                opening_clauses(article, at.sentence, room).filter(|&span| opening_stands_alone(article, span))
            {
                chosen.push((candidate.index, span));
                footprints.push(places);
                words_used += article.span_text(span).split_whitespace().count();
                added = true;
                break;
            }
        }
        if !added {
            break;
        }
        cuts += 1;
    }
    chosen
}

/// Whether the sentences chosen so far name, by a word of a name, one of
/// the people the "he" or "her" of sentence `index` of the alignment may
/// stand for in its article ([`antecedent_name_words`]): the reader of the
/// summary then knows whom it means ("Carlson said … was monitoring him",
/// then "The NSA denied he was a target"). A summary that names none of
/// them leaves the pronoun pointing at no one ("Evangelicals and
/// gun-rights advocates love him."), and so does one that names another of
/// the article's people than the one it means ("Pena was shot …", then
/// "The bullet exited at his hip.", told of an unnamed man).
fn named_in(articles: &[Article], alignment: &StoryAlignment, chosen: &[(usize, Span)], index: usize) -> bool {
    let at = alignment.sentences[index].at;
    let name_words = antecedent_name_words(&articles[at.article], at.sentence);
    if name_words.is_empty() {
        return false;
    }
    chosen.iter().any(|&(c, shown)| {
        articles[alignment.sentences[c].at.article]
            .span_text(shown)
            .split_whitespace()
            .any(|word| name_words.contains(without_possessive(word.trim_matches(|c: char| !c.is_alphanumeric()))))
    })
}

/// Whether sentence `sentence` of `article` is its last and was cut off by
/// its source before its end (an excerpt that stops mid-sentence, "…has won
/// the country's election for"), though it starts as a whole sentence does
/// and refers back to nothing: its opening clauses may still be shown.
fn is_cut_off(article: &Article, sentence: usize) -> bool {
    if sentence + 1 != article.sentences.len() {
        return false;
    }
    let text = article.span_text(article.sentences[sentence].span).trim();
    let last = text
        .trim_end_matches(|c: char| c == '"' || c == '”' || c == '’' || c == ')')
        .chars()
        .last();
    text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !matches!(last, Some('.' | '!' | '?' | ':' | '。' | '！' | '？'))
        && !refers_back(text)
}

/// Where the story's articles tell what a sentence of the alignment says:
/// the sentence and every sentence aligned with it, each as the first
/// sentence of the quotation it is part of (`quotation_starts`), sorted. A
/// quotation spread over sentences is one statement, said at once: two
/// summary sentences that each match a part of it report the same thing,
/// however differently they word it.
fn reported_at(sentence: &AlignedSentence, quotation_starts: &FastMap<SentenceRef, usize>) -> Vec<SentenceRef> {
    let mut places: Vec<SentenceRef> = std::iter::once(sentence.at)
        .chain(sentence.matches.iter().map(|(at, _)| *at))
        .map(|at| SentenceRef {
            article: at.article,
            sentence: quotation_starts.get(&at).copied().unwrap_or(at.sentence),
        })
        .collect();
    places.sort_unstable();
    places.dedup();
    places
}

/// For each sentence of the story that continues a quotation begun in an
/// earlier sentence (an attribution's content over several sentences), the
/// sentence where the quotation begins.
fn quotation_starts(articles: &[Article], alignment: &StoryAlignment) -> FastMap<SentenceRef, usize> {
    let mut members: Vec<usize> = alignment.sentences.iter().map(|s| s.at.article).collect();
    members.dedup();
    let mut starts = FastMap::default();
    for article_index in members {
        let article = &articles[article_index];
        for attribution in &article.attributions {
            let content = attribution.content;
            let first = article.sentence_at(content.start as usize);
            let last = article.sentence_at((content.end as usize).saturating_sub(1));
            let (Some(first), Some(last)) = (first, last) else {
                continue;
            };
            for sentence in first + 1..=last {
                let start = starts
                    .entry(SentenceRef {
                        article: article_index,
                        sentence,
                    })
                    .or_insert(first);
                *start = (*start).min(first);
            }
        }
    }
    starts
}

/// Whether two sorted lists have an element in common.
fn shares_any(a: &[SentenceRef], b: &[SentenceRef]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// The indices (into `members`) of the articles, most central first: whose
/// sentences are, in all, the most supported by the others (ties by order in
/// `members`). The most central article's title makes the best headline.
pub fn articles_by_centrality(members: &[usize], alignment: &StoryAlignment) -> Vec<usize> {
    let mut weight = vec![0.0f32; members.len()];
    for sentence in &alignment.sentences {
        if let Some(position) = members.iter().position(|&m| m == sentence.at.article) {
            weight[position] += sentence.centrality;
        }
    }
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by(|&a, &b| weight[b].total_cmp(&weight[a]).then(a.cmp(&b)));
    order
}

#[cfg(test)]
mod tests;
