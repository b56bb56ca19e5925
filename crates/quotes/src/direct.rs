//! Direct quotations: the quotes that go on after their attribution, and
//! what the model stores for a quoted content.
//!
//! News writing attributes a long quote once and goes on quoting: `“A,” he
//! said. “B.”` or `He said: “A.” “B.”`. A quotation that follows an
//! attribution with quoted content in the same paragraph, fills whole
//! sentences and has no cue of its own continues that content (it becomes
//! one more part, as in the PolNeAR annotations). So does a quotation that
//! is a whole paragraph of its own, in double marks and ending with a stop,
//! right after a paragraph that a quoted attribution ends ("“…,” Collins
//! said. / “So …”"; PolNeAR train 22 attributions more exact, 3 fewer, dev
//! 1 more).
//!
//! A quotation next to no cue is left alone: a title, a scare quote
//! ("so-called “experts”") or a quote whose speaker the text does not give
//! makes no attribution.

use chorus_model::Span;

use crate::marks::is_closing_mark;
use crate::reported::Found;
use crate::view::View;

/// Append to each attribution the quotations that continue it.
pub fn continue_quotes(view: &View, found: &mut [Found]) {
    let mut used: Vec<bool> = vec![false; view.quotations.len()];
    for one in found.iter() {
        for part in &one.parts {
            let first = view.quotations.partition_point(|q| q.outer.end <= part.start);
            for (index, quotation) in view.quotations.iter().enumerate().skip(first) {
                if quotation.outer.start >= part.end {
                    break;
                }
                used[index] = true;
            }
        }
    }
    // Sentences with a cue of their own cannot continue another quote.
    let mut cue_sentences: Vec<usize> = found.iter().map(|one| one.sentence).collect();
    cue_sentences.sort_unstable();
    for one in found.iter_mut() {
        // A quoted content, or one that ends with a quotation ("The summit
        // accomplished “too little,” he added. “Without …”").
        let ends_quoted = |part: &Span| {
            view.quotation_at(part.end.saturating_sub(1) as usize)
                .is_some_and(|index| view.quotations[index].outer.end == part.end)
        };
        if !one
            .parts
            .iter()
            .any(|part| is_quoted_part(view, *part) || ends_quoted(part))
        {
            continue;
        }
        let Some(sentence) = view.sentences.get(one.sentence) else {
            continue;
        };
        let mut anchor = sentence.span.end.max(one.parts.last().map_or(0, |part| part.end)) as usize;
        loop {
            let rest = &view.text[anchor.min(view.text.len())..];
            let gap = rest.len() - rest.trim_start().len();
            let new_paragraph = rest[..gap].contains('\n');
            let start = anchor + gap;
            let Some(index) = view.quotation_at(start) else {
                break;
            };
            let quotation = view.quotations[index];
            if quotation.outer.start as usize != start || used[index] {
                break;
            }
            // In the next paragraph only a quotation in double marks that
            // fills it goes on quoting the same speaker, after a content
            // that is a quotation ("“…,” Collins said. / “So …”"; a single
            // quoted line is a heading: "'Coal Isn't the Villain.'").
            let last_quoted = one.parts.last().is_some_and(|part| is_quoted_part(view, *part));
            if new_paragraph
                && !(last_quoted && ends_its_sentence(view, one) && fills_its_paragraph(view, quotation.outer))
            {
                break;
            }
            // It must fill whole sentences: nothing but punctuation after it.
            let end = quotation.outer.end as usize;
            let after = view.text[end..].trim_start_matches(['.', ',', '!', '?', ')']);
            let ends_sentence = after.is_empty() || after.starts_with(char::is_whitespace);
            // The sentences it touches, with the one a closing attribution
            // would share ("“…,” he said"), but never the next paragraph's
            // (its cue is not this quotation's).
            let first = view.sentences.partition_point(|s| s.span.end < quotation.outer.start);
            let paragraph_ends = view.text[end..].chars().take(2).any(|c| c == '\n');
            let reach = quotation.outer.end + if paragraph_ends { 0 } else { 2 };
            let last = view.sentences.partition_point(|s| s.span.start < reach);
            let own_cue = (first..last).any(|i| cue_sentences.binary_search(&i).is_ok());
            if !ends_sentence || own_cue {
                break;
            }
            used[index] = true;
            one.parts.push(quotation.outer);
            anchor = end;
        }
    }
}

/// Most words after an attribution's quotation, cue and source that may
/// still end its sentence ("…,” Collins told MSNBC on Sunday.").
const MAX_TAIL_WORDS: usize = 4;

/// Whether an attribution's quotation, cue and source end its sentence but
/// for a few words without a comma: "“…,” Collins said." does, "She
/// called it “outrageous” and called for …" does not.
fn ends_its_sentence(view: &View, one: &Found) -> bool {
    let Some(sentence) = view.sentences.get(one.sentence) else {
        return false;
    };
    let source_end = one.source.map_or(0, |phrase| {
        crate::reported::words_span(view, phrase.first, phrase.last).end
    });
    let last_end = one.parts.last().map_or(0, |part| part.end);
    let from = last_end.max(one.cue.end).max(source_end).min(sentence.span.end);
    let tail = view.slice(from as usize, sentence.span.end as usize);
    !tail.contains(',') && tail.split_whitespace().count() <= MAX_TAIL_WORDS
}

/// Whether a quotation opening a paragraph is all of it: nothing but
/// closing punctuation after it before the line break or the text's end.
fn fills_its_paragraph(view: &View, outer: Span) -> bool {
    let mut marks = view.text[outer.start as usize..].chars();
    let (first, second) = (marks.next(), marks.next());
    // One single mark, not a doubled one ("''…''", "‘’…’’").
    let single = matches!(first, Some('‘' | '\'')) && !matches!(second, Some('‘' | '’' | '\''));
    if single {
        return false;
    }
    // A sentence, not a heading ("“You Don’t Understand My Outrage"):
    // it ends with a stop inside or right after its marks.
    let quoted = view.text[outer.start as usize..outer.end as usize].trim_end_matches(is_closing_mark);
    let stop = |text: &str| text.ends_with(['.', '!', '?', '…']);
    if !stop(quoted) && !view.text[outer.end as usize..].starts_with(['.', '!', '?']) {
        return false;
    }
    // Nor a title with a stop ("“Coal Isn't the Villain.”"): words of two
    // or more, each capitalised as a heading's are.
    let words = quoted.trim_end_matches(['.', '!', '?', '…']);
    if words.split_whitespace().nth(1).is_some() && crate::nesting::is_quoted_title(words) {
        return false;
    }
    let after = view.text[outer.end as usize..].trim_start_matches(['.', ',', '!', '?', ')', ' ', '\t']);
    after.is_empty() || after.starts_with(['\n', '\r'])
}

/// Whether a part is exactly one quotation, marks included.
fn is_quoted_part(view: &View, part: Span) -> bool {
    view.quotation_at(part.start as usize)
        .is_some_and(|index| view.quotations[index].outer == part)
}

/// Whether every part of a content is a quotation, marks included.
pub fn is_quotation(view: &View, parts: &[Span]) -> bool {
    !parts.is_empty() && parts.iter().all(|part| is_quoted_part(view, *part))
}

/// The content span the model stores for the parts of an attribution, and
/// whether it is a direct quotation. A content made of quotations only
/// loses its outer marks and a comma before the closing mark; one that mixes
/// quoted and unquoted words is kept as written and is not direct. A first
/// part that is only a relative pronoun ("which … was discriminatory", as
/// PolNeAR draws it) is left out, so the content does not hold its own
/// source and cue.
pub fn model_content(view: &View, parts: &[Span]) -> (Span, bool) {
    let parts = match parts {
        [pronoun, rest @ ..]
            if !rest.is_empty()
                && crate::is_relative_pronoun(view.slice(pronoun.start as usize, pronoun.end as usize)) =>
        {
            rest
        }
        _ => parts,
    };
    let (Some(first), Some(last)) = (parts.first(), parts.last()) else {
        return (Span::default(), false);
    };
    let mut content = Span {
        start: first.start,
        end: last.end,
    };
    let direct = is_quotation(view, parts);
    if direct {
        let inner_of = |part: &Span| {
            view.quotation_at(part.start as usize)
                .map(|index| view.quotations[index].inner)
        };
        if let (Some(head), Some(tail)) = (inner_of(first), inner_of(last)) {
            content = Span {
                start: head.start,
                end: tail.end,
            };
            let text = view.slice(content.start as usize, content.end as usize);
            let trimmed = text.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
            let trimmed = trimmed.trim_start();
            let lead = text.len() - text.trim_start().len();
            content = Span::new(
                content.start as usize + lead,
                content.start as usize + lead + trimmed.len(),
            );
            if content.is_empty() {
                content = Span {
                    start: first.start,
                    end: last.end,
                };
            }
        }
    } else {
        // A closing mark with nothing open in the content is left over.
        let text = view.slice(content.start as usize, content.end as usize);
        if text.ends_with(is_closing_mark) && !text.chars().any(crate::marks::is_opening_mark) {
            let cut = text.trim_end_matches(is_closing_mark).len();
            content.end = content.start + cut as u32;
        }
    }
    (content, direct)
}
