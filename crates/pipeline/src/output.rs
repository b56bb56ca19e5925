//! From the stages' results to the report's types: byte offsets become
//! character offsets, indices become ids.

use chorus_compare::{SentenceRef, StoryAlignment, StoryQuote};
use chorus_entities::StoryEntity;
use chorus_figures::StoryFigure;
use chorus_model::{Article, EntityKind, Span};
use chorus_report::{
    ArticleOut, Citation, Coverage, EntityOut, FigureOut, FigureValueOut, QuoteOut, SentenceOut, StoryOut,
    SummarySentence, Support, TimelineEvent,
};
use chorus_summary::{SummaryItem, Timeline, TimelineItem};

/// An article as reported, with character offsets.
pub(crate) fn article(articles: &[Article], index: usize) -> ArticleOut {
    let article = &articles[index];
    let spans: Vec<(usize, usize)> = article
        .sentences
        .iter()
        .map(|s| (s.span.start as usize, s.span.end as usize))
        .collect();
    let char_spans = to_char_offsets(&article.text, &spans);
    ArticleOut {
        id: article.id.clone(),
        input: article.input.clone(),
        url: article.url.clone(),
        outlet: article.outlet.clone(),
        author: article.author.clone(),
        title: article.title.clone(),
        published: article.published.map(|p| p.date().to_string()),
        published_from_text: article.published_from_text,
        published_time: article
            .published
            .filter(|_| !article.published_from_text)
            .map(|time| time.format("%Y-%m-%dT%H:%M:%S").to_string()),
        published_offset: article
            .published_offset
            .filter(|_| !article.published_from_text)
            .map(|offset| offset.to_string()),
        language: article.language.clone(),
        language_lent: article.language_lent,
        duplicate_of: article.duplicate_of.map(|o| articles[o].id.clone()),
        text: article.text.clone(),
        sentences: article
            .sentences
            .iter()
            .zip(char_spans)
            .map(|(s, (start, end))| SentenceOut {
                text: article.span_text(s.span).to_string(),
                start,
                end,
            })
            .collect(),
    }
}

/// Map byte spans (sorted by start) to character offsets in one sweep.
fn to_char_offsets(text: &str, spans: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut boundaries: Vec<usize> = spans.iter().flat_map(|&(s, e)| [s, e]).collect();
    boundaries.sort_unstable();
    boundaries.dedup();
    // The characters before each boundary (one inside a character counts
    // that character), counted once, up to the last boundary only.
    let mut chars_at = std::collections::HashMap::with_capacity(boundaries.len());
    let (mut chars, mut counted) = (0, 0);
    for &boundary in &boundaries {
        let mut at = boundary.min(text.len());
        while !text.is_char_boundary(at) {
            at += 1;
        }
        if at > counted {
            chars += text[counted..at].chars().count();
            counted = at;
        }
        chars_at.insert(boundary, chars);
    }
    spans.iter().map(|(s, e)| (chars_at[s], chars_at[e])).collect()
}

/// What one story's report is made of.
pub(crate) struct StoryParts<'a> {
    pub number: usize,
    pub articles: &'a [Article],
    pub members: &'a [usize],
    pub source_group: &'a [usize],
    pub alignment: &'a StoryAlignment,
    pub summary: &'a [SummaryItem],
    pub timeline: &'a Timeline,
    /// The article whose title is the headline.
    pub central: usize,
    pub entities: &'a [StoryEntity],
    pub quotes: &'a [StoryQuote],
    pub figures: &'a [StoryFigure],
}

/// One story as reported.
pub(crate) fn story(parts: StoryParts<'_>) -> StoryOut {
    let StoryParts {
        number,
        articles,
        members,
        source_group,
        alignment,
        summary,
        timeline,
        central,
        entities,
        quotes,
        figures,
    } = parts;
    let citation = |at: &SentenceRef| cite(articles, at);
    let mut outlets: Vec<String> = Vec::new();
    for &m in members {
        if let Some(outlet) = &articles[m].outlet {
            if !outlets.contains(outlet) {
                outlets.push(outlet.clone());
            }
        }
    }
    let headline = articles[central]
        .title
        .clone()
        .or_else(|| summary.first().map(|s| sentence_text(articles, &s.at).to_string()))
        .unwrap_or_default();
    let coverage = members
        .iter()
        .filter(|&&m| articles[m].duplicate_of.is_none())
        .map(|&m| Coverage {
            article: articles[m].id.clone(),
            unique: alignment
                .sentences
                .iter()
                .filter(|s| s.at.article == m && !s.vector.is_empty() && s.support.independent == 1)
                .map(|s| citation(&s.at))
                .collect(),
        })
        .collect();
    StoryOut {
        id: format!("s{}", number + 1),
        headline,
        articles: members.iter().map(|&m| articles[m].id.clone()).collect(),
        outlets,
        support: Support {
            articles: members.len(),
            independent: members
                .iter()
                .map(|&m| source_group[m])
                .collect::<std::collections::HashSet<_>>()
                .len(),
        },
        summary: summary
            .iter()
            .map(|item| {
                let (start, end) = char_span(articles, &item.at, item.shown);
                SummarySentence {
                    text: item.text(articles),
                    start,
                    end,
                    citations: item.citations.iter().map(citation).collect(),
                    support: Support {
                        articles: item.support.articles,
                        independent: item.support.independent,
                    },
                }
            })
            .collect(),
        timeline: timeline
            .events
            .iter()
            .map(|event| timeline_event(articles, event))
            .collect(),
        background: timeline
            .background
            .iter()
            .map(|event| timeline_event(articles, event))
            .collect(),
        entities: entities.iter().map(|e| entity(articles, e)).collect(),
        quotes: quotes.iter().map(|q| quote(articles, entities, q)).collect(),
        figures: figures.iter().map(|f| figure(articles, f)).collect(),
        coverage,
    }
}

fn entity(articles: &[Article], entity: &StoryEntity) -> EntityOut {
    let mut ids: Vec<usize> = entity.members.iter().map(|&(article, _)| article).collect();
    ids.sort_unstable();
    ids.dedup();
    EntityOut {
        name: entity.name.clone(),
        kind: match entity.kind {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
        }
        .to_string(),
        aliases: entity.aliases.clone(),
        articles: ids.into_iter().map(|a| articles[a].id.clone()).collect(),
        mentions: entity.mentions,
        country: entity.country.clone(),
    }
}

fn quote(articles: &[Article], entities: &[StoryEntity], quote: &StoryQuote) -> QuoteOut {
    let (first_article, first_attribution) = quote.occurrences[0];
    let shown = &articles[first_article].attributions[first_attribution];
    let first = match quote.speaker {
        Some(s) => Some(match &quote.role {
            Some(role) => chorus_model::role_of(&entities[s].name, role),
            None => entities[s].name.clone(),
        }),
        None => shown.who(&articles[first_article], None),
    };
    let speakers: Vec<String> = first
        .into_iter()
        .chain(quote.co_speakers.iter().map(|&s| entities[s].name.clone()))
        .collect();
    QuoteOut {
        speaker: (!speakers.is_empty()).then(|| chorus_model::names_together(&speakers)),
        speaker_entity: quote.speaker.map(|s| entities[s].name.clone()),
        speaker_entities: quote
            .speaker
            .iter()
            .chain(&quote.co_speakers)
            .map(|&s| entities[s].name.clone())
            .collect(),
        speakers,
        cue: shown.cue.map(|cue| articles[first_article].span_text(cue).to_string()),
        text: quote.text.clone(),
        direct: quote.direct,
        citations: citations_of(
            articles,
            quote
                .occurrences
                .iter()
                .map(|&(a, i)| (a, articles[a].attributions[i].content.start as usize)),
        ),
        support: Support {
            articles: quote.support.articles,
            independent: quote.support.independent,
        },
    }
}

fn figure(articles: &[Article], figure: &StoryFigure) -> FigureOut {
    FigureOut {
        about: figure.about.clone(),
        disputed: figure.disputed,
        values: figure
            .values
            .iter()
            .map(|value| FigureValueOut {
                value: value.value,
                low: value.low,
                high: value.high,
                unit: value.unit.clone(),
                text: value.text.clone(),
                attributed_to: value.attributed_to.clone(),
                citations: citations_of(
                    articles,
                    value
                        .occurrences
                        .iter()
                        .map(|&(a, i)| (a, articles[a].figures[i].span.start as usize)),
                ),
            })
            .collect(),
    }
}

/// Citations of the sentences holding the given (article, byte offset)
/// places, each sentence once, in the order given.
fn citations_of(articles: &[Article], places: impl Iterator<Item = (usize, usize)>) -> Vec<Citation> {
    let mut seen: Vec<SentenceRef> = Vec::new();
    for (article, offset) in places {
        if let Some(sentence) = articles[article].sentence_at(offset) {
            let at = SentenceRef { article, sentence };
            if !seen.contains(&at) {
                seen.push(at);
            }
        }
    }
    seen.iter().map(|at| cite(articles, at)).collect()
}

fn timeline_event(articles: &[Article], event: &TimelineItem) -> TimelineEvent {
    let (start, end) = char_span(articles, &event.at, event.shown);
    TimelineEvent {
        date: event.date.to_string(),
        text: event.text(articles),
        start,
        end,
        citations: event.citations.iter().map(|at| cite(articles, at)).collect(),
        support: Support {
            articles: event.support.articles,
            independent: event.support.independent,
        },
    }
}

/// The character offsets, in the text of the article of `at`, of `shown`
/// (a byte span of that text): where the report's shown text lies.
fn char_span(articles: &[Article], at: &SentenceRef, shown: Span) -> (usize, usize) {
    to_char_offsets(
        &articles[at.article].text,
        &[(shown.start as usize, shown.end as usize)],
    )[0]
}

fn cite(articles: &[Article], at: &SentenceRef) -> Citation {
    Citation {
        article: articles[at.article].id.clone(),
        sentence: at.sentence,
    }
}

fn sentence_text<'a>(articles: &'a [Article], at: &SentenceRef) -> &'a str {
    let article = &articles[at.article];
    article.span_text(article.sentences[at.sentence].span)
}

#[cfg(test)]
mod tests {
    use super::to_char_offsets;

    #[test]
    fn byte_spans_become_character_spans() {
        let text = "Çavuşoğlu said. Yes.";
        let second = text.find("Yes").unwrap();
        assert_eq!(
            to_char_offsets(text, &[(0, second - 1), (second, text.len())]),
            [(0, 15), (16, 20)]
        );
    }
}
