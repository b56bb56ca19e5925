//! Quotation marks: which characters open and close a quotation, and the
//! quotations of a text, paired across sentences and paragraphs.
//!
//! Every style news text uses is paired: curly double (`“…”`), low German
//! (`„…“`), guillemets (`«…»`), straight double (`"…"`), curly single
//! (`‘…’`), doubled single quotes as some archives write them (`''…''`,
//! `‘‘…’’`, `‘’…’’`, also closed by `”`), straight single (`'…'`) and CJK
//! corner brackets. A curly opening closed by a straight mark and the
//! other way round (`“Done," she said`, `"Done.”`), as pasted text mixes
//! them, pair too. Straight marks and `’` are ambiguous (apostrophes,
//! inches), so whether one opens or closes is read from the characters
//! around it, and a single quote only counts when it is closed.
//!
//! A quotation that is still open at the end of a paragraph continues when
//! the next paragraph opens with the same kind of mark (the convention for
//! quotes over several paragraphs); otherwise it is dropped as unbalanced.
//! Only outermost quotations are returned: a quote within a quote is part
//! of its content.

use chorus_model::Span;

/// One outermost quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotation {
    /// From the first byte of the opening mark to the end of the closing mark.
    pub outer: Span,
    /// Between the marks.
    pub inner: Span,
}

/// Kinds of marks that pair with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `“…”`, `„…“`, `„…”`.
    Double,
    /// `"…"`.
    Straight,
    /// `‘…’`, `‚…’`.
    Single,
    /// `'…'`.
    StraightSingle,
    /// `''…''` and `‘’…’’`.
    Doubled,
    /// `«…»`.
    Guillemet,
    /// `「…」` and `『…』`.
    Corner,
}

impl Style {
    /// Whether a quote may go on over a paragraph break in this style.
    fn spans_paragraphs(self) -> bool {
        matches!(
            self,
            Style::Double | Style::Straight | Style::Doubled | Style::Guillemet
        )
    }
}

/// An opening mark not closed yet.
#[derive(Debug, Clone, Copy)]
struct Open {
    style: Style,
    /// First byte of the mark.
    at: usize,
    /// First byte after the mark.
    after: usize,
}

/// What a mark at some position does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Opens(Style),
    Closes(Style),
    /// Closes a quote of this style when one is open, else opens one.
    Toggles(Style),
    /// `“` closes a `„` quote when one is open, else opens one.
    LowClose,
    None,
}

/// Whether `c` can open a quotation.
pub fn is_opening_mark(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '"' | '‘' | '‚' | '\'' | '「' | '『' | '‹')
}

/// Whether `c` can close a quotation.
pub fn is_closing_mark(c: char) -> bool {
    matches!(c, '”' | '“' | '»' | '"' | '’' | '\'' | '」' | '』' | '›')
}

/// The outermost quotations of `text`, in text order.
pub fn quotations(text: &str) -> Vec<Quotation> {
    let mut found = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut prev: Option<char> = None;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < text.len() {
        // A run of ASCII that holds no mark and no line break is only
        // passed over: its last character is the one before what follows.
        let plain = bytes[at..]
            .iter()
            .position(|&b| !b.is_ascii() || matches!(b, b'\n' | b'"' | b'\''))
            .unwrap_or(text.len() - at);
        if plain > 0 {
            at += plain;
            prev = Some(char::from(bytes[at - 1]));
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        if c == '\n' {
            if let Some(first) = stack.first().copied() {
                stack.truncate(1);
                match reopening(text, at, first.style) {
                    Some(skip_to) => {
                        // Skip to after the reopening mark.
                        at = skip_to;
                        prev = text[..skip_to].chars().next_back();
                        continue;
                    }
                    None => stack.clear(),
                }
            }
            prev = Some(c);
            at += 1;
            continue;
        }
        if !is_opening_mark(c) && !is_closing_mark(c) {
            prev = Some(c);
            at += c.len_utf8();
            continue;
        }
        // A doubled single quote is one mark.
        let doubled = match c {
            '\'' => text[at + 1..].starts_with('\''),
            // Word processors turn an opening `''` into `‘’` as often as `‘‘`.
            '‘' => text[at + c.len_utf8()..].starts_with(['‘', '’']),
            '’' => text[at + c.len_utf8()..].starts_with('’'),
            _ => false,
        };
        let width = if doubled { 2 * c.len_utf8() } else { c.len_utf8() };
        let next = text[at + width..].chars().next();
        let role = role_of(c, doubled, prev, next, &stack);
        prev = Some(c);
        let (mark, after) = (at, at + width);
        at = after;
        match role {
            Role::Opens(style) => stack.push(Open { style, at: mark, after }),
            Role::Closes(style) => close(&mut stack, style, mark, after, &mut found),
            Role::Toggles(style) => {
                if stack.iter().any(|open| open.style == style) {
                    close(&mut stack, style, mark, after, &mut found);
                } else {
                    stack.push(Open { style, at: mark, after });
                }
            }
            Role::LowClose => {
                if stack
                    .last()
                    .is_some_and(|open| open.style == Style::Double && text[open.at..].starts_with('„'))
                {
                    close(&mut stack, Style::Double, mark, after, &mut found);
                } else {
                    stack.push(Open {
                        style: Style::Double,
                        at: mark,
                        after,
                    });
                }
            }
            Role::None => {}
        }
    }
    found
}

/// Whether the paragraph after the line break at `at` reopens a quote of
/// `style`; if so, the byte after the reopening mark.
fn reopening(text: &str, at: usize, style: Style) -> Option<usize> {
    if !style.spans_paragraphs() {
        return None;
    }
    let rest = &text[at..];
    let start = at + (rest.len() - rest.trim_start().len());
    let line = &text[start..];
    let mark: &[&str] = match style {
        Style::Double => &["“", "„"],
        Style::Straight => &["\""],
        Style::Doubled => &["''", "‘‘"],
        Style::Guillemet => &["«"],
        _ => &[],
    };
    mark.iter()
        .find(|mark| line.starts_with(**mark))
        .map(|mark| start + mark.len())
}

/// Close the innermost open quote of `style`, dropping unclosed quotes
/// opened inside it; record it when it was outermost.
fn close(stack: &mut Vec<Open>, style: Style, at: usize, end: usize, found: &mut Vec<Quotation>) {
    let Some(index) = stack.iter().rposition(|open| open.style == style) else {
        return;
    };
    let open = stack[index];
    stack.truncate(index);
    if index == 0 && open.after <= at {
        found.push(Quotation {
            outer: Span::new(open.at, end),
            inner: Span::new(open.after, at),
        });
    }
}

/// Before an opening mark: start of text, space, an opening bracket, a dash
/// or another opening mark.
fn opens_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(
                p,
                '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '«' | '„' | '"'
            )
    })
}

/// After a closing mark: end of text, space, punctuation or another mark.
fn closes_context(next: Option<char>) -> bool {
    next.is_none_or(|n| n.is_whitespace() || (!n.is_alphanumeric() && !matches!(n, '(' | '[' | '{')))
}

fn role_of(c: char, doubled: bool, prev: Option<char>, next: Option<char>, stack: &[Open]) -> Role {
    let open_here = opens_context(prev) && next.is_some_and(|n| !n.is_whitespace());
    let close_here = closes_context(next) && prev.is_some_and(|p| !p.is_whitespace());
    let is_open = |style: Style| stack.iter().any(|open| open.style == style);
    match c {
        '“' => Role::LowClose,
        '„' => Role::Opens(Style::Double),
        '”' => {
            if is_open(Style::Double) {
                Role::Closes(Style::Double)
            } else if is_open(Style::Doubled) {
                // A doubled opening closed by a curly double mark
                // (`‘’I directly told …,”`), as word processors mix them.
                Role::Closes(Style::Doubled)
            } else if is_open(Style::Straight) && closes_context(next) {
                // A straight opening closed by a curly mark (`"Done.”`).
                Role::Closes(Style::Straight)
            } else if open_here {
                Role::Opens(Style::Double)
            } else {
                Role::None
            }
        }
        '«' => Role::Opens(Style::Guillemet),
        // A curly opening closed by a straight mark (`“Done," she said`),
        // as pasted text mixes them; a straight quote inside stays one.
        '"' if close_here && !open_here && is_open(Style::Double) && !is_open(Style::Straight) => {
            Role::Closes(Style::Double)
        }
        '»' => Role::Closes(Style::Guillemet),
        '「' | '『' => Role::Opens(Style::Corner),
        '」' | '』' => Role::Closes(Style::Corner),
        '"' => straight(open_here, close_here, Style::Straight),
        '\'' if doubled => straight(open_here, close_here, Style::Doubled),
        '‘' if doubled => Role::Opens(Style::Doubled),
        '’' if doubled => Role::Closes(Style::Doubled),
        '‘' | '‚' => {
            if opens_context(prev) {
                Role::Opens(Style::Single)
            } else {
                Role::None
            }
        }
        '’' => {
            if is_open(Style::Single) && closes_context(next) {
                Role::Closes(Style::Single)
            } else {
                Role::None
            }
        }
        '\'' => {
            if open_here && next.is_some_and(char::is_alphanumeric) && !is_open(Style::StraightSingle) {
                Role::Opens(Style::StraightSingle)
            } else if close_here && is_open(Style::StraightSingle) {
                Role::Closes(Style::StraightSingle)
            } else {
                Role::None
            }
        }
        _ => Role::None,
    }
}

/// The role of a straight mark from the characters around it.
fn straight(open_here: bool, close_here: bool, style: Style) -> Role {
    match (open_here, close_here) {
        (true, false) => Role::Opens(style),
        (false, true) => Role::Closes(style),
        _ => Role::Toggles(style),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inners(text: &str) -> Vec<&str> {
        quotations(text).iter().map(|q| q.inner.slice(text)).collect()
    }

    #[test]
    fn pairs_every_style() {
        assert_eq!(inners("He said “yes” and ‘no’."), ["yes", "no"]);
        assert_eq!(inners("Er sagte „ja“ und «non»."), ["ja", "non"]);
        assert_eq!(inners(r#"He said "yes, it's fine," and left."#), ["yes, it's fine,"]);
        assert_eq!(inners("''It's over,'' he said. 'Maybe.'"), ["It's over,", "Maybe."]);
        assert_eq!(inners("‘’Done,’’ she said."), ["Done,"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            inners("Don’t say the voters’ choice isn't ’90s rock."),
            Vec::<&str>::new()
        );
        assert_eq!(inners("He is 5'11\" tall."), Vec::<&str>::new());
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            inners("“He told me ‘never’ twice,” she said."),
            ["He told me ‘never’ twice,"]
        );
    }

    #[test]
    fn mixed_curly_and_straight_marks_pair() {
        assert_eq!(
            inners("“The roads are crumbling,\" she said. \"The grid fails.”\n\n“Next,” he said."),
            ["The roads are crumbling,", "The grid fails.", "Next,"]
        );
        assert_eq!(
            inners("“He called it \"fake,\" and left,” she said."),
            ["He called it \"fake,\" and left,"]
        );
    }

    #[test]
    fn quotes_over_paragraphs() {
        let text = "“First part.\n\n“Second part,” he said.\n\n“Unclosed.\n\nNo mark.";
        assert_eq!(inners(text), ["First part.\n\n“Second part,"]);
    }
}
