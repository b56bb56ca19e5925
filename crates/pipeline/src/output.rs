//! From the stages' results to the report's types: byte offsets become
//! character offsets, indices become ids.

use chorus_compare::{SentenceRef, StoryAlignment};
use chorus_model::Article;
use chorus_report::{ArticleOut, Citation, Coverage, SentenceOut, StoryOut, SummarySentence, Support, TimelineEvent};
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
        language: article.language.clone(),
        duplicate_of: article.duplicate_of.map(|o| articles[o].id.clone()),
        text: article.text.clone(),
        sentences: article
            .sentences
            .iter()
            .zip(char_spans)
            .map(|(s, (start, end))| SentenceOut { text: article.span_text(s.span).to_string(), start, end })
            .collect(),
    }
}

/// Map byte spans (sorted by start) to character offsets in one sweep.
fn to_char_offsets(text: &str, spans: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut boundaries: Vec<usize> = spans.iter().flat_map(|&(s, e)| [s, e]).collect();
    boundaries.sort_unstable();
    boundaries.dedup();
    let mut chars_at = std::collections::HashMap::with_capacity(boundaries.len());
    let mut next = 0;
    for (char_index, (byte_index, _)) in text.char_indices().chain(std::iter::once((text.len(), ' '))).enumerate() {
        while next < boundaries.len() && boundaries[next] <= byte_index {
            chars_at.insert(boundaries[next], char_index);
            next += 1;
        }
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
}

/// One story as reported.
pub(crate) fn story(parts: StoryParts<'_>) -> StoryOut {
    let StoryParts { number, articles, members, source_group, alignment, summary, timeline, central } = parts;
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
            independent: members.iter().map(|&m| source_group[m]).collect::<std::collections::HashSet<_>>().len(),
        },
        summary: summary
            .iter()
            .map(|item| SummarySentence {
                text: sentence_text(articles, &item.at).to_string(),
                citations: item.citations.iter().map(citation).collect(),
                support: Support { articles: item.support.articles, independent: item.support.independent },
            })
            .collect(),
        timeline: timeline.events.iter().map(|event| timeline_event(articles, event)).collect(),
        background: timeline.background.iter().map(|event| timeline_event(articles, event)).collect(),
        entities: Vec::new(),
        quotes: Vec::new(),
        figures: Vec::new(),
        coverage,
    }
}

fn timeline_event(articles: &[Article], event: &TimelineItem) -> TimelineEvent {
    TimelineEvent {
        date: event.date.to_string(),
        text: sentence_text(articles, &event.at).to_string(),
        citations: event.citations.iter().map(|at| cite(articles, at)).collect(),
        support: Support { articles: event.support.articles, independent: event.support.independent },
    }
}

fn cite(articles: &[Article], at: &SentenceRef) -> Citation {
    Citation { article: articles[at.article].id.clone(), sentence: at.sentence }
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
        assert_eq!(to_char_offsets(text, &[(0, second - 1), (second, text.len())]), [(0, 15), (16, 20)]);
    }
}
