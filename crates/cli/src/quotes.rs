//! `chorus quotes`: the attributions of each input article, as JSON lines
//! with character offsets into the text as read.
//!
//! The report pipeline cleans text before analysis, which moves offsets; a
//! quote finder is most useful when its offsets point into the user's own
//! file. So a text input is analysed as read (decoded, nothing removed),
//! and only an HTML page goes through extraction (its offsets then point
//! into the extracted text, as the help says).

use chorus_model::{Article, Attribution, Body, Problem, RawArticle, Span};
use serde_json::{json, Value};

/// What one run found: a JSON line per attribution, the problems met, and
/// how many articles were read.
pub struct Outcome {
    /// One JSON object per attribution, in input order.
    pub lines: Vec<Value>,
    /// Problems with inputs, in the order met.
    pub problems: Vec<Problem>,
    /// Articles read and analysed.
    pub articles: usize,
}

/// Read the inputs and find the attributions of every article.
pub fn run(inputs: &[String]) -> Outcome {
    let (raws, mut problems) = chorus_ingest::read_all(inputs, &chorus_ingest::Limits::default());
    let mut lines = Vec::new();
    let mut articles = 0;
    for raw in raws {
        let Some(mut article) = article_of(raw, &mut problems) else {
            continue;
        };
        articles += 1;
        chorus_text::annotate(&mut article);
        chorus_entities::annotate(&mut article);
        chorus_quotes::annotate(&mut article);
        lines.extend(lines_of(&article));
    }
    Outcome {
        lines,
        problems,
        articles,
    }
}

/// The article to analyse: a text body as read, an HTML page extracted.
fn article_of(raw: RawArticle, problems: &mut Vec<Problem>) -> Option<Article> {
    match raw.body {
        Body::Text(text) => Some(Article {
            id: raw.id.unwrap_or_else(|| raw.input.clone()),
            input: raw.input,
            url: raw.url,
            outlet: raw.outlet,
            title: raw.title,
            language: raw.language,
            text,
            ..Article::default()
        }),
        Body::Html(_) => {
            let (article, found) = chorus_extract::extract(raw);
            problems.extend(found);
            article
        }
    }
}

/// The JSON lines of one annotated article.
fn lines_of(article: &Article) -> Vec<Value> {
    let chars = CharOffsets::new(&article.text);
    let span = |span: Span| {
        json!({
            "text": article.span_text(span),
            "start": chars.of(span.start),
            "end": chars.of(span.end),
        })
    };
    article
        .attributions
        .iter()
        .map(|attribution| {
            json!({
                "input": article.input,
                "source": attribution.source.map(span),
                "cue": attribution.cue.map(span),
                "content": span(attribution.content),
                "speaker": attribution
                    .speaker
                    .and_then(|index| article.entities.get(index))
                    .map(|entity| {
                        let first = attribution.speaker_label(article, &entity.name);
                        let others = co_speakers(article, attribution);
                        chorus_model::names_together(&[vec![first], others].concat())
                    }),
                "speaker_entity": attribution.speaker.and_then(|index| article.entities.get(index)).map(|entity| entity.name.as_str()),
                "speaker_entities": attribution.speaker.and_then(|index| article.entities.get(index)).map(|entity| {
                    [vec![entity.name.clone()], co_speakers(article, attribution)].concat()
                }).unwrap_or_default(),
                "direct": attribution.direct,
            })
        })
        .collect()
}

/// The names of the other speakers a coordinated source names ("Baku" in
/// "Yerevan and Baku said").
fn co_speakers(article: &Article, attribution: &Attribution) -> Vec<String> {
    attribution
        .co_speakers
        .iter()
        .filter_map(|&index| article.entities.get(index))
        .map(|entity| entity.name.clone())
        .collect()
}

/// Byte offsets to character offsets of one text.
struct CharOffsets {
    /// Byte offset of every character boundary, in order.
    boundaries: Vec<u32>,
}

impl CharOffsets {
    fn new(text: &str) -> CharOffsets {
        let mut boundaries: Vec<u32> = text.char_indices().map(|(byte, _)| byte as u32).collect();
        boundaries.push(text.len() as u32);
        CharOffsets { boundaries }
    }

    /// The character offset of a byte offset (of the boundary at or after it).
    fn of(&self, byte: u32) -> usize {
        self.boundaries.partition_point(|&boundary| boundary < byte)
    }
}
