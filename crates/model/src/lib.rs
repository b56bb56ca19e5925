/*!
The document model every chorus stage reads and extends.

An [`Article`] owns its extracted text once. Everything later stages find in it
(sentences, tokens, and in later versions entities, quotes and figures) is a
[`Span`] of byte offsets into that text, as in spaCy's `Doc`/`Span` model:
no stage copies or re-tokenizes the text of another.

The flow of types through the pipeline:

* `ingest` reads inputs into [`RawArticle`]s (a body that is still text or HTML,
  plus whatever metadata the input carried) and reports [`Problem`]s;
* `extract` turns each into an [`Article`] with clean text and metadata;
* `text` fills [`Article::language`], [`Article::sentences`] and [`Article::tokens`];
* `dedup` fills [`Article::duplicate_of`];
* later stages read articles by index and produce their own results.

Offsets are bytes inside the library, because that is what Rust slices take;
the report converts them to character offsets at the boundary, which is what
the JSON contract promises.

This crate does no IO and knows nothing of any file format.
*/
#![deny(missing_docs)]

pub mod hash;

use chrono::{FixedOffset, NaiveDateTime};

/// A half-open range of byte offsets `[start, end)` into an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte of the span.
    pub start: u32,
    /// One past the last byte of the span.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The text the span covers.
    ///
    /// Panics if the span does not lie on character boundaries of `text`,
    /// which would be a bug in the stage that made it.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start as usize..self.end as usize]
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// The body of an article as it was read, before extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// Plain text, possibly flattened from a web page with residue left in it.
    Text(String),
    /// An HTML page.
    Html(String),
}

/// An article as read from its input, before extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawArticle {
    /// Where it came from: a path, `path:line` for a record of a JSON Lines
    /// file, `-` for standard input.
    pub input: String,
    /// Identifier given by the input (a JSON record's `id`), if any.
    pub id: Option<String>,
    /// URL of the article, if known.
    pub url: Option<String>,
    /// Outlet that published it, if known.
    pub outlet: Option<String>,
    /// Title given by the input, if any.
    pub title: Option<String>,
    /// Publication date as the input wrote it, unparsed.
    pub published: Option<String>,
    /// Language code given by the input, if any.
    pub language: Option<String>,
    /// When the page was captured (a WARC record's `WARC-Date`), as the
    /// input wrote it. Never a publication date: only the last resort when
    /// neither the page nor its text dates the article.
    pub captured: Option<String>,
    /// The text or HTML.
    pub body: Body,
}

impl RawArticle {
    /// An article read from `input` with nothing known of it but its body.
    pub fn new(input: impl Into<String>, body: Body) -> Self {
        RawArticle {
            input: input.into(),
            id: None,
            url: None,
            outlet: None,
            title: None,
            published: None,
            language: None,
            captured: None,
            body,
        }
    }
}

/// One article with clean text and the annotations stages have added.
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// Stable identifier, unique within one run.
    pub id: String,
    /// Where it came from (see [`RawArticle::input`]).
    pub input: String,
    /// URL, if known.
    pub url: Option<String>,
    /// Outlet, if known.
    pub outlet: Option<String>,
    /// Author named in a byline, if any.
    pub author: Option<String>,
    /// Title, if one was given or found.
    pub title: Option<String>,
    /// Publication date (and time when known), on the wall clock of the
    /// place it was published: its calendar day is the one the outlet gave.
    pub published: Option<NaiveDateTime>,
    /// The UTC offset `published` was given with, when the input or page
    /// stated one (`+02:00`, `Z`, `EST`).
    pub published_offset: Option<FixedOffset>,
    /// When the page was captured, in UTC (see [`RawArticle::captured`]).
    pub captured: Option<NaiveDateTime>,
    /// Whether `published` was inferred, no metadata giving it: from a full
    /// date in the text, or, for an article without one, from the articles
    /// of its story and the weekdays it names; also when the metadata's day
    /// was corrected to the next, on the evidence of its story's other
    /// articles (a page that kept the stamp of its first posting while its
    /// text was updated).
    pub published_from_text: bool,
    /// ISO 639-1 language code, given or identified.
    pub language: Option<String>,
    /// Whether `language` was neither given nor identified but lent by the
    /// article's batch (`chorus_text::fill_missing_languages`): another
    /// batch may lend another, or none.
    pub language_lent: bool,
    /// The extracted main text with page residue removed. Paragraphs are
    /// separated by a blank line.
    pub text: String,
    /// Sentences in text order, filled by the `text` stage.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order, filled by the `text` stage.
    pub tokens: Vec<Token>,
    /// Index of the earlier article this one is a near-copy of, filled by `dedup`.
    pub duplicate_of: Option<usize>,
    /// Named entities of this article (people, organizations, places), each
    /// with its mentions, filled by the `entities` stage.
    pub entities: Vec<Entity>,
    /// Quotes and attributed statements, filled by the `quotes` stage.
    pub attributions: Vec<Attribution>,
    /// Figures (quantities with what they count), filled by the `figures` stage.
    pub figures: Vec<Figure>,
    /// Dates mentioned in the text, resolved to calendar days, filled by the
    /// `dates` stage.
    pub dates: Vec<DateMention>,
}

impl Article {
    /// `published` as a UTC time when its offset is known, else as given:
    /// what orders articles of several time zones.
    pub fn published_utc(&self) -> Option<NaiveDateTime> {
        let published = self.published?;
        Some(match self.published_offset {
            Some(offset) => published - chrono::TimeDelta::seconds(i64::from(offset.local_minus_utc())),
            None => published,
        })
    }

    /// The text of a span of this article.
    pub fn span_text(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        &self.tokens[sentence.tokens.start as usize..sentence.tokens.end as usize]
    }

    /// The index of the sentence that contains a byte offset, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let offset = offset as u32;
        let index = self.sentences.partition_point(|s| s.span.end <= offset);
        (index < self.sentences.len() && self.sentences[index].span.start <= offset).then_some(index)
    }

    /// The outlet if known, else a key that makes the article its own outlet,
    /// so that counting independent outlets never merges unknown sources.
    pub fn outlet_key(&self) -> String {
        match &self.outlet {
            Some(outlet) => outlet.to_lowercase(),
            None => format!("\u{0}{}", self.id),
        }
    }
}

/// A sentence: its span and the range of its tokens in [`Article::tokens`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Bytes of the sentence in the article text, without surrounding space.
    pub span: Span,
    /// Indices `[start, end)` into [`Article::tokens`].
    pub tokens: std::ops::Range<u32>,
}

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (and marks, apostrophes or hyphens inside a word).
    Word,
    /// A number, possibly with separators or a decimal point: `1,500`, `3.5`.
    Number,
    /// Anything else that is not space: punctuation, symbols.
    Punct,
}

/// A token of the article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Bytes of the token in the article text.
    pub span: Span,
    /// What it is made of.
    pub kind: TokenKind,
    /// Lower-cased stem (for words), normalized digits (for numbers), or the
    /// text itself (for punctuation). Used for matching, never shown.
    pub stem: String,
    /// Whether the word is a stopword of the article's language.
    pub stop: bool,
    /// Whether the token starts with an upper-case letter.
    pub capitalized: bool,
}

/// What kind of thing a named entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, party, ministry, agency, armed group, news agency…
    Organization,
    /// A country, city, region or other place.
    Place,
}

/// A named entity of one article: all the mentions of one person,
/// organization or place in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// The fullest form of the name in the article, without titles:
    /// "Emmanuel Macron" when the article also says "Macron" and "President
    /// Macron".
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Where it is mentioned, in text order. Mentions cover the name as
    /// written ("Macron", "Emmanuel Macron", "Pashinian"), not titles.
    pub mentions: Vec<Span>,
    /// For an institution named by a demonym or country ("the Russian Foreign
    /// Ministry"), the country it belongs to ("Russia").
    pub country: Option<String>,
}

/// A quote or attributed statement: who said what, with which cue.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// The words naming the source as written: a name, a role ("the
    /// ministry"), or a pronoun ("he"). `None` when the text gives none.
    pub source: Option<Span>,
    /// The entity (index into [`Article::entities`]) the source refers to,
    /// after resolving roles and pronouns.
    pub speaker: Option<usize>,
    /// When the source names a role of the speaker entity rather than the
    /// entity itself ("Macron's office", "a Kremlin spokesman", "the office
    /// of Arman Tatoyan"), the words of that role as written ("office",
    /// "spokesman"): the statement is the role's, not the entity's.
    pub role: Option<Span>,
    /// The other entities a coordinated source names beside `speaker`, in
    /// text order ("Yerevan and Baku continue to blame each other", "Macron
    /// and Putin called for …"): the statement is theirs together. Empty
    /// when the source names one speaker.
    pub co_speakers: Vec<usize>,
    /// The cue: "said", "according to", "denied", "insisted"…
    pub cue: Option<Span>,
    /// What was said, without the quotation marks.
    pub content: Span,
    /// Whether the content is a direct quotation (in quotation marks).
    pub direct: bool,
}

impl Attribution {
    /// Who is speaking, given the name of the speaker entity: the name, or
    /// the role of it ("Emmanuel Macron's office").
    pub fn speaker_label(&self, article: &Article, name: &str) -> String {
        match self.role {
            Some(role) => role_of(name, article.span_text(role)),
            None => name.to_string(),
        }
    }

    /// Who made the statement, as a reader is told: the speaker entity's
    /// name (`name`, when the speaker is known) or its role, else the source
    /// as written ("the indictment", "Prosecutors") unless it names no one
    /// without its context (a pronoun).
    pub fn who(&self, article: &Article, name: Option<&str>) -> Option<String> {
        match name {
            Some(name) => Some(self.speaker_label(article, name)),
            None => self
                .source
                .map(|source| article.span_text(source).trim().to_string())
                .filter(|source| !source.is_empty() && !names_no_one(source)),
        }
    }
}

impl Attribution {
    /// What was said, as a reader is shown it: the content's words, but a
    /// direct quotation that its own attribution interrupts (`“A,” said
    /// Tatoyan, the ombudsman. “B.”`) loses the attribution between its
    /// pieces, which an ellipsis joins without the marks at the seam (`A …
    /// B.`, read inside the outer marks the content leaves out); a piece
    /// that quotes words within prose keeps its marks. A reported content
    /// that its cue interrupts between commas ("Therefore, he said, the
    /// community must act") is shown without it ("Therefore, the community
    /// must act"): see [`Attribution::without_parenthetical_cue`].
    pub fn shown_content(&self, article: &Article) -> String {
        let text = article.span_text(self.content);
        if !self.direct {
            return self
                .without_parenthetical_cue(article, self.content)
                .unwrap_or_else(|| text.to_string());
        }
        let Some(cue) = self
            .cue
            .filter(|cue| self.direct && cue.start > self.content.start && cue.end < self.content.end)
        else {
            return text.to_string();
        };
        let (cue_start, cue_end) = (
            (cue.start - self.content.start) as usize,
            (cue.end - self.content.start) as usize,
        );
        let (Some(before), Some(after)) = (text.get(..cue_start), text.get(cue_end..)) else {
            return text.to_string();
        };
        // The first piece's closing mark: a double one, else a single one
        // that is no apostrophe ("Armenia’s" in the attribution).
        let closing = before.rfind(['”', '"', '»']).or_else(|| {
            before
                .match_indices('’')
                .map(|(at, _)| at)
                .filter(|&at| !before[at + '’'.len_utf8()..].starts_with(char::is_alphanumeric))
                .last()
        });
        let opening = after.find(['“', '"', '«', '‘']);
        let (Some(closing), Some(opening)) = (closing, opening) else {
            return text.to_string();
        };
        let mark_len = |piece: &str, at: usize| piece[at..].chars().next().map_or(1, char::len_utf8);
        let (first, second) = (&before[..closing], &after[opening + mark_len(after, opening)..]);
        if first.contains(['“', '«', '"']) || second.contains(['”', '»', '"']) {
            // A piece quotes within prose of its own ("The summit did “too
            // little,” … “Without …”"): its marks are kept, which match.
            return format!(
                "{}{} … {}",
                first,
                &before[closing..closing + mark_len(before, closing)],
                &after[opening..]
            );
        }
        // Both pieces lie inside one quotation: the marks at the seam go, so
        // that the shown words read as one quotation (`A … B`), the comma
        // that led to the attribution with them.
        format!(
            "{} … {}",
            first.trim_end_matches(|c: char| c == ',' || c.is_whitespace()),
            second
        )
    }
}

impl Attribution {
    /// The words of `content` (this attribution's content, or a part of
    /// it that starts where it does) without the cue and the source that
    /// interrupt it between commas: "Therefore, he said, the community
    /// must act" → "Therefore, the community must act", "The loss, he
    /// says, is starting to sink in" → "The loss is starting to sink in"
    /// (a cue between a subject and its verb takes its commas along);
    /// `None` when no cue of this attribution sits inside it so.
    pub fn without_parenthetical_cue(&self, article: &Article, content: Span) -> Option<String> {
        let cue = self.cue?;
        let mut cut = cue;
        if let Some(source) = self.source {
            cut = Span {
                start: cut.start.min(source.start),
                end: cut.end.max(source.end),
            };
        }
        if cut.start <= content.start || cut.end >= content.end {
            return None;
        }
        let before = article.text.get(content.start as usize..cut.start as usize)?.trim_end();
        let after = article.text.get(cut.end as usize..content.end as usize)?;
        let after = after.strip_prefix(',')?.trim_start();
        if !before.ends_with(',') || after.is_empty() {
            return None;
        }
        // "The loss, he says, is just starting": the cue stood between a
        // subject and its verb, whose comma goes with it.
        let verb_next = after
            .split_whitespace()
            .next()
            .is_some_and(|word| VERBS_AFTER_SUBJECT.contains(&word));
        let before = if verb_next {
            before.trim_end_matches(',')
        } else {
            before
        };
        Some(format!("{before} {after}"))
    }
}

/// Auxiliaries and forms of "be" that open a predicate: after a cue set
/// off by commas, they show that the words before it were the subject.
const VERBS_AFTER_SUBJECT: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
    "should", "does", "did",
];

/// Whether a source as written names no one without its context: a
/// pronoun, or a phrase with one ("one of them").
fn names_no_one(source: &str) -> bool {
    const PRONOUNS: &[&str] = &[
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their", "who", "which", "il",
        "elle", "ils", "elles", "on", "er", "sie", "es", "él", "ella", "ellos", "ellas",
    ];
    source
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| PRONOUNS.contains(&word.to_lowercase().as_str()))
}

/// A role of a named entity, as a reader says it: "Emmanuel Macron's
/// office", "Reuters' editor".
pub fn role_of(name: &str, role: &str) -> String {
    let possessive = if name.ends_with('s') { "'" } else { "'s" };
    format!("{name}{possessive} {}", role.trim())
}

/// Several speakers as a reader names them together: "Yerevan and Baku",
/// "Macron, Putin and Trump"; one name as it is.
pub fn names_together(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// How a figure qualifies its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Approximation {
    /// The value as given: "300".
    Exact,
    /// "about", "some", "roughly", "an estimated": a little under or over.
    About,
    /// "nearly", "almost", "close to", "just under": a little under the
    /// value, never over it.
    Nearly,
    /// "at least", "more than", "over".
    AtLeast,
    /// "at most", "less than", "up to", "under".
    AtMost,
    /// A vague plural: "hundreds", "dozens", "thousands".
    Vague,
}

/// A quantity in the text with what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The whole expression: "nearly 1,000 Syrians", "$1,500 to $2,000".
    pub span: Span,
    /// The value (the middle of a range).
    pub value: f64,
    /// Low end of the range (equal to `value` for a single number).
    pub low: f64,
    /// High end of the range.
    pub high: f64,
    /// How the value is qualified.
    pub approximation: Approximation,
    /// Unit: a currency code ("USD"), "%", "km", … `None` for counts.
    pub unit: Option<String>,
    /// What is counted, as written ("Syrian combatants"), when found.
    pub counted: Option<Span>,
    /// The attribution (index into [`Article::attributions`]) whose content
    /// contains the figure: who gave it.
    pub attribution: Option<usize>,
}

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DatePrecision {
    /// A calendar day.
    Day,
    /// A month: the date is its first day.
    Month,
    /// A year: the date is its first day.
    Year,
}

/// A date mentioned in the text, resolved to the calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// The words: "on Wednesday", "September 30", "last week".
    pub span: Span,
    /// The resolved date (first day of the period for months and years).
    pub date: chrono::NaiveDate,
    /// How precise it is.
    pub precision: DatePrecision,
    /// Whether it was resolved against the publication date ("on
    /// Wednesday", "yesterday") rather than written in full.
    pub relative: bool,
    /// Whether it opens a period that lasts until the time of writing
    /// ("since the weekend", "since September 23", "depuis lundi"): the day
    /// something began, not the day of what the sentence reports.
    pub starts_period: bool,
    /// Whether words of the future nearer to it than any other verb
    /// announce it although it resolved to a day before the publication
    /// day ("is scheduled for Friday", "will be arraigned Monday"): the day
    /// counts as any other, but its sentence tells no event of that day.
    pub announced: bool,
}

/// How bad a problem with an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The input was read, but something about it was repaired or guessed.
    Warning,
    /// The input (or one record of it) was skipped.
    Error,
}

/// Something wrong with one input. Problems are data, not aborts: a run
/// collects them and goes on with the other inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The input concerned, as in [`RawArticle::input`].
    pub input: String,
    /// Whether the input was skipped or only repaired.
    pub severity: Severity,
    /// What is wrong, in one line.
    pub message: String,
}

impl Problem {
    /// A problem that made the input (or record) be skipped.
    pub fn error(input: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            input: input.into(),
            severity: Severity::Error,
            message: message.into(),
        }
    }

    /// A problem that was repaired; the input was still used.
    pub fn warning(input: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            input: input.into(),
            severity: Severity::Warning,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{level}: {}: {}", self.input, self.message)
    }
}

#[cfg(test)]
mod speaker_tests {
    use super::*;

    /// An article of `text`, and the span of the first occurrence of some
    /// of its words.
    fn article_of(text: &str) -> (Article, impl Fn(&str) -> Span + '_) {
        let article = Article {
            text: text.to_string(),
            ..Article::default()
        };
        let at = move |words: &str| {
            let start = text.find(words).expect("in the text");
            Span::new(start, start + words.len())
        };
        (article, at)
    }

    #[test]
    fn who_is_the_entity_its_role_or_the_source_as_written_never_a_pronoun() {
        let text = "Macron's office said so. The indictment says so. He said so.";
        let (article, at) = article_of(text);
        let attribution = |source: &str, role: Option<&str>| Attribution {
            source: Some(at(source)),
            speaker: None,
            role: role.map(&at),
            co_speakers: Vec::new(),
            cue: None,
            content: at("so"),
            direct: false,
        };
        let office = attribution("Macron's office", Some("office"));
        assert_eq!(
            office.who(&article, Some("Emmanuel Macron")).as_deref(),
            Some("Emmanuel Macron's office")
        );
        assert_eq!(role_of("Reuters", "editor"), "Reuters' editor");
        let names = |names: &[&str]| names_together(&names.iter().map(|name| name.to_string()).collect::<Vec<_>>());
        assert_eq!(names(&["Yerevan"]), "Yerevan");
        assert_eq!(names(&["Yerevan", "Baku"]), "Yerevan and Baku");
        assert_eq!(names(&["Macron", "Putin", "Trump"]), "Macron, Putin and Trump");
        let indictment = attribution("The indictment", None);
        assert_eq!(indictment.who(&article, None).as_deref(), Some("The indictment"));
        assert_eq!(attribution("He", None).who(&article, None), None);
    }

    #[test]
    fn a_quotation_interrupted_by_its_attribution_is_shown_without_it() {
        let text = "“This news is worrying,” said Tatoyan, the ombudsman, on Thursday. “It may bring a catastrophe.”";
        let (article, at) = article_of(text);
        let content_start = text.find("This").expect("in the text");
        let content_end = text.rfind('.').expect("in the text") + 1;
        let mut attribution = Attribution {
            source: Some(at("Tatoyan")),
            speaker: None,
            role: None,
            co_speakers: Vec::new(),
            cue: Some(at("said")),
            content: Span::new(content_start, content_end),
            direct: true,
        };
        assert_eq!(
            attribution.shown_content(&article),
            "This news is worrying … It may bring a catastrophe."
        );
        // Reported speech around its cue is shown as written.
        attribution.direct = false;
        assert_eq!(attribution.shown_content(&article), &text[content_start..content_end]);
        // So is a quotation whose cue is outside it.
        attribution.direct = true;
        attribution.content = at("It may bring a catastrophe.");
        assert_eq!(attribution.shown_content(&article), "It may bring a catastrophe.");
    }

    #[test]
    fn the_pieces_of_an_interrupted_quotation_read_as_one() {
        let shown = |text: &str, content: (&str, &str), cue: &str| {
            let (article, at) = article_of(text);
            let start = text.find(content.0).expect("in the text");
            let end = text.find(content.1).expect("in the text") + content.1.len();
            Attribution {
                source: None,
                speaker: None,
                role: None,
                co_speakers: Vec::new(),
                cue: Some(at(cue)),
                content: Span::new(start, end),
                direct: true,
            }
            .shown_content(&article)
        };
        // An apostrophe in the attribution is no closing mark.
        assert_eq!(
            shown(
                "“The pier is closed,” the harbour’s master Ilse Varga told us. “Boats must wait.”",
                ("The pier", "wait."),
                "told"
            ),
            "The pier is closed … Boats must wait."
        );
        // A question keeps its mark; single marks are seams too.
        assert_eq!(
            shown(
                "‘Who pays for the repairs?’ asked Varga. ‘Nobody has told us.’",
                ("Who pays", "told us."),
                "asked"
            ),
            "Who pays for the repairs? … Nobody has told us."
        );
        // Words quoted within prose keep the marks that match them.
        assert_eq!(
            shown(
                "The plan does “too little,” Varga wrote. “The pier needs a new wall.”",
                ("The plan", "wall.”"),
                "wrote"
            ),
            "The plan does “too little,” … “The pier needs a new wall.”"
        );
    }
}
