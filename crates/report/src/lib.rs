/*!
The report chorus writes: the types of the JSON contract in `DESIGN.md` and
their renderings as JSON, Markdown and a self-contained HTML page.

**API Boundary:** the field names of [`Report`] and everything under it are a
contract read by tools outside the project. Fields may be added; none may be
renamed. Offsets here are *character* offsets into an article's extracted
text, not the byte offsets used inside the library.

This crate only renders: it does not compute anything about stories, and it
reads no files. Every piece of article text it writes into HTML is escaped.
*/
#![deny(missing_docs)]

mod common;
mod html;
mod json;
mod markdown;

use serde::Serialize;

pub use html::{escape as escape_html, to_html};
pub use markdown::to_markdown;

/// The schema name written in [`Report::schema`].
pub const SCHEMA: &str = "chorus.report/1";

/// The whole report: every article read, and the stories found in them.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// Every article that was read, in input order.
    pub articles: Vec<ArticleOut>,
    /// Stories, largest first.
    pub stories: Vec<StoryOut>,
}

/// One article as reported.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleOut {
    /// Identifier, unique in the report.
    pub id: String,
    /// Path or URL it was read from.
    pub input: String,
    /// URL, if known.
    pub url: Option<String>,
    /// Outlet, if known.
    pub outlet: Option<String>,
    /// Author named in a byline, if any.
    pub author: Option<String>,
    /// Title, if known.
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Whether the publication date was inferred (no metadata gave it): from
    /// a full date in the text, or, for an article without one, from the
    /// articles of its story and the weekdays it names.
    pub published_from_text: bool,
    /// Publication time as the page gives it, `YYYY-MM-DDTHH:MM:SS` in the
    /// page's own clock (not given for an inferred date).
    pub published_time: Option<String>,
    /// The UTC offset of `published_time` (`+02:00`), when the page states one.
    pub published_offset: Option<String>,
    /// ISO 639-1 language code.
    pub language: Option<String>,
    /// Whether `language` was not identified in the article but lent by the
    /// other articles of its run (a bare headline in a batch of one language).
    pub language_lent: bool,
    /// Id of the article this one is a near-copy of.
    pub duplicate_of: Option<String>,
    /// The extracted text, which sentence offsets point into.
    pub text: String,
    /// Sentences with character offsets into `text`.
    pub sentences: Vec<SentenceOut>,
}

/// One sentence of an article.
#[derive(Debug, Clone, Serialize)]
pub struct SentenceOut {
    /// The sentence text.
    pub text: String,
    /// Character offset of its first character in the article text.
    pub start: usize,
    /// Character offset one past its last character.
    pub end: usize,
}

/// A pointer to one sentence: `sentences[sentence]` of the article whose id is `article`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// Id of the article.
    pub article: String,
    /// Index of the sentence in that article's `sentences`.
    pub sentence: usize,
}

/// How many articles, and how many independent outlets, support a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Support {
    /// Articles that say it.
    pub articles: usize,
    /// Independent sources among them: near-copies and one outlet's several
    /// articles count once.
    pub independent: usize,
}

/// One story: a group of articles about the same event.
#[derive(Debug, Clone, Serialize)]
pub struct StoryOut {
    /// Identifier, unique in the report.
    pub id: String,
    /// A headline for the story: the title of its most central article whose
    /// title was not cut short, else of its most central article.
    pub headline: String,
    /// Ids of its articles.
    pub articles: Vec<String>,
    /// Outlets of its articles (known ones only), without repeats.
    pub outlets: Vec<String>,
    /// Its articles, and the independent sources among them.
    pub support: Support,
    /// The cited extractive summary.
    pub summary: Vec<SummarySentence>,
    /// Dated events, in date order.
    pub timeline: Vec<TimelineEvent>,
    /// Dated events long before the story (history the articles recall),
    /// kept apart from the timeline, in date order.
    pub background: Vec<TimelineEvent>,
    /// People, organizations and places.
    pub entities: Vec<EntityOut>,
    /// Quotes and attributed statements.
    pub quotes: Vec<QuoteOut>,
    /// Figures and disputes about them.
    pub figures: Vec<FigureOut>,
    /// What each article alone reports.
    pub coverage: Vec<Coverage>,
}

/// One sentence of a story summary.
#[derive(Debug, Clone, Serialize)]
pub struct SummarySentence {
    /// The sentence as written by the article it was taken from: the text
    /// of that article from `start` to `end`, followed by "…" when it stops
    /// before the sentence's end (a sentence cut at a clause boundary to
    /// fit the word budget). It may start after the sentence's start: an
    /// opening connective that points back ("For its part,") is left out
    /// when the rest stands alone.
    pub text: String,
    /// Character offsets of the shown text in the text of the first cited
    /// article, within its first cited sentence.
    pub start: usize,
    /// End of the shown text (character offset, exclusive).
    pub end: usize,
    /// Every sentence, in every article of the story, that says the same.
    /// The first is the one whose text is shown.
    pub citations: Vec<Citation>,
    /// How many articles and independent outlets say it.
    pub support: Support,
}

/// One dated event of a story timeline.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineEvent {
    /// The event's date, `YYYY-MM-DD`.
    pub date: String,
    /// What happened, as one source sentence: the text of the first cited
    /// article from `start` to `end`. Like a summary sentence's, it may
    /// start after the sentence's start: an opening dateline
    /// ("WASHINGTON — ") or connective set off by a comma ("Meanwhile,") is
    /// left out when the rest stands alone.
    pub text: String,
    /// Character offset of the shown text in the text of the first cited
    /// article, within its first cited sentence.
    pub start: usize,
    /// End of the shown text (character offset, exclusive).
    pub end: usize,
    /// Sentences that report it; the first is the one whose text is shown.
    pub citations: Vec<Citation>,
    /// How many articles and independent outlets report it.
    pub support: Support,
}

/// A person, organization or place of a story, with its names across outlets.
#[derive(Debug, Clone, Serialize)]
pub struct EntityOut {
    /// The canonical name.
    pub name: String,
    /// `person`, `organization` or `place`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Other names and spellings the articles use.
    pub aliases: Vec<String>,
    /// Ids of the articles that mention it.
    pub articles: Vec<String>,
    /// How many times it is mentioned in the story.
    pub mentions: usize,
    /// For a state institution, the country it belongs to.
    pub country: Option<String>,
}

/// A statement and who made it, matched across the outlets that carry it.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteOut {
    /// Who made the statement, when known: the speaker's canonical name, or
    /// a role of it ("Emmanuel Macron's office"), or, when no entity is
    /// known, the source as written ("the indictment", "Two Syrian rebel
    /// sources"; never a pronoun). A statement made together names all its
    /// speakers, as a reader says them ("Yerevan and Baku").
    pub speaker: Option<String>,
    /// The canonical name of the entity the (first) speaker is or belongs
    /// to ("Emmanuel Macron" for his office): a link to `entities`.
    pub speaker_entity: Option<String>,
    /// Each speaker on its own, as `speaker` names one: one entry for most
    /// statements, two or more for a statement made together ("Yerevan",
    /// "Baku"); empty when no speaker is known.
    pub speakers: Vec<String>,
    /// The entity of each speaker in `speakers` that has one, in the same
    /// order: links to `entities`.
    pub speaker_entities: Vec<String>,
    /// The cue word as written in the first citation ("said", "according to").
    pub cue: Option<String>,
    /// What was said, as written in the first citation.
    pub text: String,
    /// Whether it is a direct quotation.
    pub direct: bool,
    /// Sentences that carry it, one or more per article.
    pub citations: Vec<Citation>,
    /// Articles and independent outlets that carry it.
    pub support: Support,
}

/// A quantity several sources give, possibly disputed.
#[derive(Debug, Clone, Serialize)]
pub struct FigureOut {
    /// What is counted or measured.
    pub about: String,
    /// Each distinct value with who gave it.
    pub values: Vec<FigureValueOut>,
    /// Whether the values disagree beyond rounding.
    pub disputed: bool,
}

/// One value of a figure and its sources.
#[derive(Debug, Clone, Serialize)]
pub struct FigureValueOut {
    /// The value (the middle of a range).
    pub value: f64,
    /// Low end.
    pub low: f64,
    /// High end.
    pub high: f64,
    /// Unit, `null` for counts.
    pub unit: Option<String>,
    /// The figure as written in the first citation.
    pub text: String,
    /// Who gave it, when the text says.
    pub attributed_to: Option<String>,
    /// Sentences that give it.
    pub citations: Vec<Citation>,
}

/// What one article alone reports in its story.
#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    /// Id of the article.
    pub article: String,
    /// Its sentences that no other independent article of the story supports.
    pub unique: Vec<Citation>,
}

/// The report as pretty-printed JSON.
pub fn to_json(report: &Report) -> String {
    json::to_string_pretty(report)
}

/// Write the report to `writer` as pretty-printed JSON, the bytes of
/// [`to_json`], without holding the whole text (a large report's JSON is
/// tens of megabytes).
pub fn write_json(report: &Report, writer: impl std::io::Write) -> std::io::Result<()> {
    json::write_pretty(writer, report)
}
