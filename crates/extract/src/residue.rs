//! Page residue in flattened text: the lines a web page adds around and
//! inside an article (navigation, share and comment widgets, repeated photo
//! captions, "Read also" links, a menu in another script, bylines, credits),
//! found by the shape of each line and its place in the article rather than by
//! a list of known strings.
//!
//! Each non-empty line is one paragraph. The rules, in the order they are
//! tried:
//!
//! * [`Rule::Symbols`]: lines with fewer than two letters (rules, dots, lone
//!   numbers), bare links and e-mail addresses;
//! * [`Rule::Repeated`]: a line already seen in the article is kept once;
//! * [`Rule::Teaser`]: runs of doubled lines (teaser widgets that print each
//!   headline twice), numbered "most read" boxes, video playlists
//!   ("2:51 Sheriff gives update", with their longer entries), teasers cut off with "..." after a word
//!   that cannot end a phrase or in a gallery of such lines;
//! * [`Rule::Caption`]: photo captions and credits ("Photo: ...", "... (Photo:
//!   KHOU)", "COUNTRY -- ... , June 26, 2020", a description naming who is
//!   "pictured" that ends in its credit or without a full stop), a video
//!   player's strip with its blurb ("CLOSE Skip in Skip x Embed x Share
//!   ..."), a description with its credit after a bar ("... | Network
//!   Video Productions"), a scene told in the present tense after a name
//!   ("Mayor John Smith delivers a statement ..."), and a non-sentence
//!   printed twice in a row (both copies go);
//! * [`Rule::ForeignScript`]: short lines whose letters are mostly in another
//!   script than the article's;
//! * [`Rule::ReadAlso`]: "Read also" headers in several languages, the link
//!   lines after them, and isolated bullet lines shaped like link titles;
//! * [`Rule::Notice`]: copyright, cookie, comment-form, sign-up, JavaScript
//!   and redirect notices, weather alerts ("Flash Flood Watch issued …
//!   in effect for: …") at any length, event listings ("PLANNED VIGIL
//!   What: … When: … Where: …", under such a heading or in short fields on
//!   lines of their own; a box of the article's facts stays), lines ending in a link to a
//!   social-network profile, and calls to join, sign up or subscribe
//!   closing the page;
//! * [`Rule::Navigation`]: short lines made mostly of page-furniture words
//!   ("Back to top", "Share", "Related Articles"), font-size pickers ("XS SM
//!   MD LG"), menus between bars, tag lists, and a single word alone on its
//!   line;
//! * [`Rule::Byline`]: byline and date lines, whose metadata is kept;
//! * [`Rule::Credit`]: signatures, credits and author contact lines at the
//!   end ("Reporting by ...", "Le Monde with AFP and Reuters").
//!
//! Asides pointing at a photo ("(pictured above, right)", "(left)") are
//! taken out of the lines they sit in, and a share widget's strip glued
//! inside a line ("… family says Share Pin It More Galleries A vigil …")
//! splits it, the strip going as navigation; so does a related-article
//! link ("… STAFF Related article » PLANNED VIGIL …"), going as "read also";
//! and a photo credit ending a caption line ("… were injured. ANNE
//! MILLERBERND, STAFF", "JAMES BUECHELE / STAFF [Link]", "… Photo: Jon
//! Shapley, Houston Chronicle") is split off to go as a caption, the
//! caption's sentences staying. Gallery and caption chrome goes as a
//! caption at any length, split off the line it is glued in: the credit
//! and position opening each image of a flattened gallery ("Photo: Mike
//! Glenn, Chronicle Image 2 of 3", "Image 1 of 10"), its caption staying,
//! the images of a gallery that repeats its title in each ("Hide Caption 2
//! of 13 Photos: …"), a caption's
//! show/hide buttons with the photo title before them ("… [ ] Hide Caption
//! [ ] Show Caption"), and a promo strip of other stories' videos under a
//! bare "Caption" label ("Caption Weather front rolls in …").
//!
//! A sentence is never removed for one vocabulary word: the vocabulary rules
//! only look at short lines, and ask most of their words to be furniture.
//! The end of the text is walked back separately, with a lower bar, because
//! widgets gather after the last paragraph.

use std::sync::OnceLock;

use chorus_model::hash::FastSet;
use chrono::NaiveDateTime;

use crate::byline::{is_name_with_role, parse_byline, Byline};
use crate::dates::{ends_with_date, is_timestamp_line, parse_date};
use crate::furniture::{self, Lowered, PhraseSet};
use crate::normalize::{key_and_letters, push_normalized};
use crate::script::{Script, ScriptCounts};

/// Why a line was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// No words: separators, lone numbers, bare links or addresses.
    Symbols,
    /// Seen earlier in the article.
    Repeated,
    /// A teaser widget: doubled headline lines, or a teaser cut off with "...".
    Teaser,
    /// A photo caption or credit.
    Caption,
    /// A short line in another script than the article's.
    ForeignScript,
    /// A "Read also" link, a bullet line shaped like a link title, or a
    /// page's closing box of link titles.
    ReadAlso,
    /// A copyright, cookie, comment-form or JavaScript notice.
    Notice,
    /// A navigation, share or subscription widget.
    Navigation,
    /// A byline or date line.
    Byline,
    /// A signature or credit line at the end.
    Credit,
}

impl Rule {
    /// Every rule, in the order they are tried.
    pub const ALL: [Rule; 10] = [
        Rule::Symbols,
        Rule::Repeated,
        Rule::Teaser,
        Rule::Caption,
        Rule::ForeignScript,
        Rule::ReadAlso,
        Rule::Notice,
        Rule::Navigation,
        Rule::Byline,
        Rule::Credit,
    ];

    /// A short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Symbols => "symbols",
            Rule::Repeated => "repeated",
            Rule::Teaser => "teaser",
            Rule::Caption => "caption",
            Rule::ForeignScript => "foreign-script",
            Rule::ReadAlso => "read-also",
            Rule::Notice => "notice",
            Rule::Navigation => "navigation",
            Rule::Byline => "byline",
            Rule::Credit => "credit",
        }
    }
}

/// A line that was removed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    /// The rule that removed it.
    pub rule: Rule,
    /// The line, whitespace-normalized.
    pub line: String,
}

/// Text with its residue removed, and what the removed lines told.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    /// The kept lines, whitespace-normalized, one paragraph each.
    pub paragraphs: Vec<String>,
    /// The first byline near the top, if any.
    pub byline: Option<Byline>,
    /// The date of the first date line near the top (or of the byline).
    pub published: Option<NaiveDateTime>,
    /// The outlet named by a signature at the end ("Le Monde" in "Le Monde
    /// with AFP and Reuters").
    pub signature: Option<String>,
    /// The removed lines, in text order.
    pub removed: Vec<Removed>,
}

impl Cleaned {
    /// The kept paragraphs separated by blank lines.
    pub fn text(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

/// How many lines from the top a byline or date line may stand and still be
/// taken as the article's.
const HEAD_LINES: usize = 8;
/// Lines longer than this are body text for every rule but repetition.
const LONG_LINE_WORDS: usize = 60;
/// Lines longer than this are no notice, credit or widget.
const NOTICE_WORDS: usize = 40;
/// Fewest words of a link to another story set in capitals.
const SHOUTED_TEASER_WORDS: usize = 8;
/// Longest link title in a closing "more stories" box, in words.
const TAIL_LINK_WORDS: usize = 20;

/// One non-empty line and what the rules need to know about it.
struct Line {
    text: String,
    key: u64,
    letters: usize,
    words: usize,
    ends_sentence: bool,
    bullet: bool,
}

impl Line {
    /// `text` is whitespace-normalized: words are separated by one space.
    fn new(text: String) -> Line {
        let (key, letters) = key_and_letters(&text);
        Line {
            key,
            letters,
            words: text.bytes().filter(|&b| b == b' ').count() + 1,
            ends_sentence: ends_sentence(&text),
            bullet: bullet_body(&text).is_some(),
            text,
        }
    }
}

/// Removes page residue from flattened text.
pub fn clean(text: &str) -> Cleaned {
    clean_as(text, false)
}

/// Removes page residue from the main text read out of an HTML page.
///
/// The page's structure already told paragraphs from widgets, so two rules
/// of [`clean`] that guess from the flattened text alone are left out:
/// repeated lines stay (recipes, interviews and lists repeat lines on
/// purpose; the scrapinghub benchmark loses more article text than residue
/// to that rule), and so do lines that are a bare address (a link the
/// article lists).
pub fn clean_page_text(text: &str) -> Cleaned {
    clean_as(text, true)
}

fn clean_as(text: &str, from_html: bool) -> Cleaned {
    let lines = split_lines(text);
    let mut cleaner = Cleaner::new(&lines);
    cleaner.from_html = from_html;
    let mut verdicts: Vec<Option<Rule>> = Vec::with_capacity(lines.len());
    let mut cleaned = Cleaned::default();
    let mut kept_before = 0;
    for i in 0..lines.len() {
        let verdict = cleaner.judge(i, kept_before, &mut cleaned);
        kept_before += usize::from(verdict.is_none());
        verdicts.push(verdict);
    }
    cleaner.judge_tail(&mut verdicts, &mut cleaned);
    if from_html {
        cleaner.judge_tail_links(&mut verdicts);
    }
    for (line, verdict) in lines.into_iter().zip(verdicts) {
        match verdict {
            None => cleaned.paragraphs.push(line.text),
            Some(rule) => cleaned.removed.push(Removed { rule, line: line.text }),
        }
    }
    cleaned
}

/// The non-empty lines of `text`, whitespace-normalized, with a dateline
/// left alone on its line ("HOUSTON -") joined to the line after it.
fn split_lines(text: &str) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut dangling: Option<String> = None;
    for raw in text.lines() {
        let mut normalized = String::with_capacity(raw.len());
        push_normalized(raw, &mut normalized);
        if normalized.is_empty() {
            continue;
        }
        if normalized.contains(" (") {
            normalized = without_photo_asides(&normalized);
        }
        if let Some(mut dateline) = dangling.take() {
            dateline.push(' ');
            dateline.push_str(&normalized);
            normalized = dateline;
        }
        if is_dangling_dateline(&normalized) {
            dangling = Some(normalized);
            continue;
        }
        if normalized.contains("Share ") || normalized.contains("Related ") {
            let pieces = split_share_strips(&normalized);
            if pieces.len() > 1 {
                for piece in pieces {
                    push_split_off_credit(piece, &mut lines);
                }
                continue;
            }
        }
        push_split_off_credit(&normalized, &mut lines);
    }
    if let Some(dateline) = dangling {
        lines.push(Line::new(dateline));
    }
    lines
}

/// Fewest words of a share widget's strip ("Share Pin It More Galleries").
const SHARE_STRIP_WORDS: usize = 3;

/// How many words of `words` make a share widget's strip: "Share", then
/// buttons in capitals ("Pin It", "Tweet", "Email", "More", "Galleries",
/// "This Story"), three words or more; 0 when they are none.
fn share_strip_len(words: &[&str]) -> usize {
    const BUTTONS: &[&str] = &[
        "Pin",
        "Tweet",
        "Email",
        "E-mail",
        "Print",
        "More",
        "Galleries",
        "Gallery",
        "Comments",
        "Comment",
        "This",
        "Story",
        "Article",
        "Facebook",
        "Twitter",
        "WhatsApp",
        "LinkedIn",
        "Reddit",
        "SMS",
        "Save",
    ];
    if words.first() != Some(&"Share") {
        return 0;
    }
    let mut len = 1;
    while let Some(&word) = words.get(len) {
        // "It" is a button only after "Pin".
        if !(BUTTONS.contains(&word) || (word == "It" && words[len - 1] == "Pin")) {
            break;
        }
        len += 1;
    }
    if len >= SHARE_STRIP_WORDS {
        len
    } else {
        0
    }
}

/// How many words of `words` make a link to a related article glued into
/// a line ("Related article »", "Related stories ›"); 0 when they are none.
fn related_promo_len(words: &[&str]) -> usize {
    const NOUNS: &[&str] = &[
        "article", "articles", "story", "stories", "coverage", "content", "link", "links",
    ];
    match words {
        ["Related", noun, arrow, ..] if NOUNS.contains(noun) && matches!(*arrow, "»" | "›" | ">>") => 3,
        _ => 0,
    }
}

/// "… family says Share Pin It More Galleries A vigil …": a line cut where a
/// share widget's strip ([`share_strip_len`]) or a related-article link
/// ([`related_promo_len`]) is glued inside it, into what precedes the strip,
/// the strip on its own line (which the navigation or "read also" rule
/// removes) and what follows. A line without a strip comes back whole.
fn split_share_strips(line: &str) -> Vec<&str> {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(line.match_indices(' ').map(|(at, _)| at + 1))
        .collect();
    let words: Vec<&str> = line.split(' ').collect();
    let mut pieces = Vec::new();
    let (mut piece_start, mut i) = (0, 0);
    while i < words.len() {
        let strip = share_strip_len(&words[i..]).max(related_promo_len(&words[i..]));
        if strip == 0 || (i == 0 && strip == words.len()) {
            i += 1;
            continue;
        }
        if i > 0 {
            pieces.push(line[piece_start..starts[i] - 1].trim_end());
        }
        let end = i + strip;
        let strip_end = if end < words.len() { starts[end] - 1 } else { line.len() };
        pieces.push(&line[starts[i]..strip_end]);
        piece_start = strip_end;
        i = end;
    }
    if pieces.is_empty() {
        return vec![line];
    }
    let rest = line[piece_start..].trim();
    if !rest.is_empty() {
        pieces.push(rest);
    }
    pieces
}

/// Pushes `line`, with a photo credit that ends it ([`trailing_credit_start`])
/// split off onto a line of its own, which the caption rule removes; a line
/// that is a caption whole ("Christian Dawson. Photo: Courtesy (Photo:
/// WFAA)") stays whole, to go whole.
fn push_split_off_credit(line: &str, lines: &mut Vec<Line>) {
    if let Some(at) = gallery_piece_start(line) {
        push_split_off_credit(line[..at].trim_end(), lines);
        push_split_off_credit(&line[at..], lines);
        return;
    }
    if let Some(at) = gallery_caption_start(line) {
        lines.push(Line::new(line[..at].trim_end().to_string()));
        push_split_off_credit(&line[at..], lines);
        return;
    }
    let whole = Line::new(line.to_string());
    match trailing_credit_start(line) {
        Some(at) if !is_caption(&whole, &Lowered::new(line)) => {
            lines.push(Line::new(line[..at].trim_end().to_string()));
            lines.push(Line::new(line[at..].to_string()));
        }
        _ => lines.push(whole),
    }
}

/// Most words of a photo credit that ends a caption line.
const TRAILING_CREDIT_WORDS: usize = 8;

/// Where a photo credit that ends a line starts: after the full stop (or
/// closing bracket or quote) of the caption's last sentence, a credit of
/// [`TRAILING_CREDIT_WORDS`] words or fewer, by staff ([`is_staff_credit`],
/// "… were injured. ANNE MILLERBERND, STAFF") or after "Photo:" ("… in
/// Houston. Photo: Jon Shapley, Houston Chronicle"). None when the line
/// ends in no credit or is a credit alone; the sentences before it stay.
fn trailing_credit_start(line: &str) -> Option<usize> {
    if !(line.contains("STAFF") || line.contains("Staff") || line.contains("Photo: ") || line.contains("PHOTO: ")) {
        return None;
    }
    let spaces: Vec<usize> = line.match_indices(' ').map(|(at, _)| at).collect();
    let first = spaces.len().saturating_sub(TRAILING_CREDIT_WORDS);
    // The longest credit first: "Photo: David J. Phillip" holds a full stop.
    spaces[first..].iter().map(|&at| at + 1).find(|&at| {
        let credit = &line[at..];
        line[..at - 1].ends_with(['.', '!', '?', ')', '"', '”', '’'])
            && (is_staff_credit(credit) || is_photo_credit(credit))
    })
}

/// A caption widget's show/hide buttons flattened into a line ("… west
/// side [ ] Hide Caption [ ] Show Caption Sharonda Benson, 23, …").
const CAPTION_TOGGLE: &str = "[ ] Hide Caption [ ] Show Caption";

/// Where the last piece of gallery chrome inside a line starts, so that it
/// goes on a line of its own ([`is_gallery_piece`]): an image's credit
/// opening its captions ("… on Thursday. Photo: Mike Glenn, Chronicle Image
/// 2 of 3 …"), an image's position after a sentence ("… on Thursday. Image 4
/// of 12 Officers …"), a gallery's "Hide Caption 2 of 13 Photos: …", or what follows
/// a caption's show/hide buttons ([`CAPTION_TOGGLE`]), which end the piece
/// before them. None when the line holds no such piece after its start.
fn gallery_piece_start(line: &str) -> Option<usize> {
    if !(line.contains(" Image ") || line.contains("Caption")) {
        return None;
    }
    let credits = line
        .match_indices("Photo: ")
        .chain(line.match_indices("PHOTO: "))
        .map(|(at, _)| at)
        .filter(|&at| opens_a_gallery_image(&line[at..]));
    let hides = line
        .match_indices("Hide Caption ")
        .map(|(at, _)| at)
        .filter(|&at| opens_with_counter(&line[at + "Hide Caption ".len()..]).is_some());
    let positions = line
        .match_indices(" Image ")
        .map(|(at, _)| at + 1)
        .filter(|&at| line[..at - 1].ends_with(['.', ')', '"', '”']))
        .filter(|&at| opens_with_counter(&line[at + "Image ".len()..]).is_some());
    let toggles = line
        .match_indices(CAPTION_TOGGLE)
        .map(|(at, _)| at + CAPTION_TOGGLE.len() + 1)
        .filter(|&at| at < line.len());
    credits
        .chain(hides)
        .chain(positions)
        .chain(toggles)
        .filter(|&at| at > 0)
        .max()
}

/// Whether `text` opens with the credit of a gallery's image: "Photo:", a
/// credit of names ([`is_photo_credit`], [`is_name_word`]) and "Image N
/// of" ("Photo: Mike Glenn, Chronicle Image 2 of 3 …"); the image's
/// captions follow, however long.
fn opens_a_gallery_image(text: &str) -> bool {
    if !(text.starts_with("Photo: ") || text.starts_with("PHOTO: ")) {
        return false;
    }
    text.match_indices(" Image ").next().is_some_and(|(end, _)| {
        let credit = &text[..end];
        let next = &text[end + " Image ".len()..];
        let digits = next.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0
            && next[digits..].starts_with(" of")
            && is_photo_credit(credit)
            && credit[7..].split_whitespace().all(is_name_word)
    })
}

/// A word of a credit's name: capitalized or a number ("Pro 21 Video"), or
/// a short joining word ("Courtesy of the Family").
fn is_name_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || matches!(word, "of" | "the" | "and")
}

/// Where the caption of a gallery's image starts after the chrome that
/// opens it: the image's credit ([`opens_a_gallery_image`]), its positions
/// ("Image 1 of / 5", "Image 1 of 5") and "Caption Close" ("Photo: Mike
/// Glenn, Chronicle Image 1 of / 3 Caption Close Image 1 of 3 Gunshots rang
/// out …"), so that the chrome goes and the caption, the gallery's account
/// of the story, stays. None when no chrome opens the line or nothing
/// follows it.
fn gallery_caption_start(line: &str) -> Option<usize> {
    let mut at = 0;
    if opens_a_gallery_image(line) {
        at = line.find(" Image ")? + 1;
    }
    loop {
        let rest = &line[at..];
        if let Some(counter) = rest.strip_prefix("Image ").and_then(opens_with_counter) {
            at += "Image ".len() + counter + 1;
        } else if rest.starts_with("Caption Close ") {
            at += "Caption Close ".len();
        } else {
            break;
        }
    }
    (at > 0 && at < line.len()).then_some(at)
}

/// The length of a gallery position opening `text`, "2 of 13" or "1 of /
/// 5" ([`is_gallery_counter`]), when more text follows it.
fn opens_with_counter(text: &str) -> Option<usize> {
    let ends: Vec<usize> = text.match_indices(' ').map(|(at, _)| at).take(4).collect();
    ends.iter().copied().find(|&end| is_gallery_counter(&text[..end]))
}

/// Gallery and caption chrome that goes whole as a caption at any length:
/// a gallery's image credit and position split off their caption
/// ([`gallery_caption_start`]: "Photo: Mike Glenn, Chronicle Image 1 of /
/// 3 Caption Close Image 1 of 3"), a CNN gallery's images, whose captions
/// repeat its title ("Hide Caption 2 of 13 Photos: …"),
/// what a caption's show/hide buttons end ([`CAPTION_TOGGLE`]), and a promo
/// strip of other stories' videos under a bare "Caption" label ("Caption
/// Weather front rolls in … Caption Video: …"; "Caption contests" is prose).
fn is_gallery_piece(text: &str) -> bool {
    let counted = |label: &str| text.strip_prefix(label).and_then(opens_with_counter).is_some();
    opens_a_gallery_image(text)
        || counted("Image ")
        || counted("Hide Caption ")
        || text
            .strip_suffix(CAPTION_TOGGLE)
            .is_some_and(|title| !title.contains(". "))
        || text
            .strip_prefix("Caption ")
            .is_some_and(|rest| !rest.starts_with(char::is_lowercase))
}

/// "Photo: Jon Shapley, Houston Chronicle": "Photo:" and a short credit
/// that opens in capitals and holds no sentence (a full stop only after an
/// initial or abbreviation, or at its end).
fn is_photo_credit(text: &str) -> bool {
    let Some(credit) = text
        .get(..7)
        .filter(|label| label.eq_ignore_ascii_case("photo: "))
        .map(|_| &text[7..])
    else {
        return false;
    };
    let words: Vec<&str> = credit.split(' ').collect();
    words.len() < TRAILING_CREDIT_WORDS
        && credit.starts_with(char::is_uppercase)
        && words[..words.len() - 1]
            .iter()
            .all(|word| !word.ends_with(['.', '!', '?']) || word.chars().count() <= 3)
}

/// Most words of a photographer's name in a staff credit.
const STAFF_CREDIT_NAME_WORDS: usize = 5;

/// A staff photographer's credit: "ANNE MILLERBERND, STAFF", "GREG LYNCH /
/// STAFF", "Mark Black | Staff Photographer", "( DAVID M WARREN / Staff
/// Photographer )": a name of 2 to [`STAFF_CREDIT_NAME_WORDS`] capitalized
/// words, a comma, slash or bar, and "Staff" or "Staff Photographer"
/// (capitalized), the whole maybe in brackets, maybe with the "[Link]" of a
/// flattened link after it ("JAMES BUECHELE / STAFF [Link]").
fn is_staff_credit(text: &str) -> bool {
    let text = text.strip_suffix("[Link]").map_or(text, str::trim_end);
    let inner = text
        .strip_prefix('(')
        .and_then(|inner| inner.strip_suffix(')'))
        .unwrap_or(text)
        .trim();
    let lower = inner.to_ascii_lowercase();
    let Some(role) = ["staff photographer", "staff"]
        .iter()
        .find(|role| lower.ends_with(*role))
    else {
        return false;
    };
    let name_end = inner.len() - role.len();
    if !inner[name_end..].starts_with('S') {
        return false;
    }
    let Some(name) = inner[..name_end].trim_end().strip_suffix([',', '/', '|']) else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=STAFF_CREDIT_NAME_WORDS).contains(&words.len())
        && words.iter().all(|word| {
            word.starts_with(char::is_uppercase)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        })
}

/// Most words of a parenthesis pointing at a photo.
const PHOTO_ASIDE_WORDS: usize = 5;

/// A line without the asides that point at a photo beside the text, the
/// space before each included: "Ivanov (pictured above, right) was booked"
/// reads "Ivanov was booked". Only short parentheses that open with
/// "pictured", or hold only "left", "right", "center", "above" or "below",
/// go.
fn without_photo_asides(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find(" (") {
        let inside_start = open + 2;
        let Some(close) = rest[inside_start..].find(')').map(|at| inside_start + at) else {
            break;
        };
        let inside = &rest[inside_start..close];
        let words: Vec<String> = inside
            .split_whitespace()
            .map(|word| word.trim_end_matches([',', ';']).to_lowercase())
            .collect();
        let pointer = !words.is_empty()
            && words.len() <= PHOTO_ASIDE_WORDS
            && !inside.contains('(')
            && (words[0] == "pictured"
                || (words.len() == 1
                    && matches!(
                        words[0].as_str(),
                        "left" | "right" | "above" | "below" | "center" | "centre"
                    )));
        out.push_str(&rest[..open]);
        if !pointer {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// "MIAMI-DADE COUNTY, Fla. -": an upper-case place and a dash, the rest of
/// the sentence on the next line.
fn is_dangling_dateline(line: &str) -> bool {
    let Some(place) = line.strip_suffix(['-', '–', '—']) else {
        return false;
    };
    let spaced = place.ends_with(' ')
        && place.split_whitespace().count() <= 8
        && place.split_whitespace().next().is_some_and(is_upper_word);
    // "STOCKTON-"
    let glued = !place.contains(' ') && is_upper_word(place);
    spaced || glued
}

/// A word of at least two letters, all upper-case.
fn is_upper_word(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Whether the line ends like a sentence (closing quotes and brackets aside).
fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '”', '’', '\'', '»', ')', ']', '*', ' ']);
    trimmed.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// For a bullet line ("• Syrian insurgents in Azerbaijan"), what follows
/// the bullet.
fn bullet_body(line: &str) -> Option<&str> {
    let mut chars = line.chars();
    let first = chars.next()?;
    if !matches!(
        first,
        '•' | '·' | '◦' | '▪' | '■' | '►' | '▶' | '»' | '–' | '—' | '-' | '+' | '→'
    ) {
        return None;
    }
    let rest = chars.as_str();
    rest.starts_with(' ').then(|| rest.trim_start())
}

struct Cleaner<'a> {
    lines: &'a [Line],
    /// Rules decided before the line-by-line pass (teaser runs, doubled
    /// captions), by line.
    premarked: Vec<Option<Rule>>,
    seen: FastSet<u64>,
    dominant: Option<Script>,
    /// How many further lines after a "Read also" header may be its links,
    /// and whether they need a bullet.
    read_also_budget: usize,
    read_also_bare_header: bool,
    /// Whether the text has several short lines cut off with "...", as a
    /// photo gallery's captions are.
    cut_gallery: bool,
    /// Whether the text was read out of an HTML page's main content.
    from_html: bool,
}

impl<'a> Cleaner<'a> {
    fn new(lines: &'a [Line]) -> Cleaner<'a> {
        let mut counts = ScriptCounts::default();
        for line in lines {
            if line.text.is_ascii() {
                counts.add_latin(line.letters);
            } else {
                counts.add(&line.text);
            }
        }
        let dominant = counts
            .dominant()
            .filter(|&script| counts.letters() >= 40 && counts.share(script) >= 0.6);
        Cleaner {
            lines,
            premarked: premark(lines),
            seen: FastSet::with_capacity_and_hasher(lines.len(), Default::default()),
            dominant,
            read_also_budget: 0,
            read_also_bare_header: false,
            cut_gallery: lines.iter().filter(|l| ends_cut(l)).count() >= 3,
            from_html: false,
        }
    }

    /// The rule that removes line `i`, if any; records byline metadata.
    fn judge(&mut self, i: usize, kept_before: usize, cleaned: &mut Cleaned) -> Option<Rule> {
        let line = &self.lines[i];
        let text = line.text.as_str();
        if line.letters < 2 || (!self.from_html && is_bare_address(text)) {
            return Some(Rule::Symbols);
        }
        let first_time = self.seen.insert(line.key);
        if let Some(rule) = self.premarked[i] {
            // A caption doubled at the very top is more likely a headline
            // printed twice: keep its first copy.
            if !(rule == Rule::Caption && kept_before == 0) {
                return Some(rule);
            }
        }
        if !first_time && !self.from_html {
            return Some(Rule::Repeated);
        }
        if is_video_player(text) || is_gallery_piece(text) {
            return Some(Rule::Caption);
        }
        if is_weather_alert(text) {
            return Some(Rule::Notice);
        }
        if line.words > LONG_LINE_WORDS {
            self.read_also_budget = 0;
            return None;
        }
        if line.words > NOTICE_WORDS && line.ends_sentence && !text.ends_with(')') {
            // A long sentence: only a caption's opening words can still
            // make it residue, so spare lower-casing all of it.
            self.read_also_budget = 0;
            let head: String = text.chars().take(40).flat_map(char::to_lowercase).collect();
            return has_caption_prefix(&head).then_some(Rule::Caption);
        }
        if self.is_foreign(line) {
            return Some(Rule::ForeignScript);
        }
        let lowered = Lowered::new(text);
        let lower = lowered.text.as_str();
        if is_caption(line, &lowered) {
            return Some(Rule::Caption);
        }
        if is_cut_teaser(line, self.cut_gallery) || is_video_teaser(line) {
            return Some(Rule::Teaser);
        }
        if let Some(rule) = self.read_also(i, lower) {
            return Some(rule);
        }
        if is_notice(line, &lowered) {
            return Some(Rule::Notice);
        }
        if is_navigation(line, lower) {
            return Some(Rule::Navigation);
        }
        if self.from_html && is_shouted_teaser(line) {
            return Some(Rule::Teaser);
        }
        if line.words <= 16 {
            if let Some(byline) = parse_byline(text) {
                if i < HEAD_LINES && cleaned.byline.is_none() {
                    cleaned.published = cleaned.published.or(byline.published);
                    cleaned.byline = Some(byline);
                }
                return Some(Rule::Byline);
            }
            if let Some(date) = parse_date(text) {
                if i < HEAD_LINES {
                    cleaned.published = cleaned.published.or(Some(date));
                }
                return Some(Rule::Byline);
            }
            if is_timestamp_line(text) {
                return Some(Rule::Byline);
            }
            if (i < HEAD_LINES || i + HEAD_LINES >= self.lines.len()) && is_name_with_role(text) {
                return Some(Rule::Byline);
            }
        } else if is_timestamp_line(text) {
            // A time stamp may name its author and two dates ("By HNN Staff
            // | November 18, 2019 at 2:26 PM HST - Updated November 18 at
            // 4:46 PM"): it counts its own words, up to eighteen.
            return Some(Rule::Byline);
        }
        None
    }

    /// "Read also" headers, the link lines under them, isolated bullet links.
    fn read_also(&mut self, i: usize, lower: &str) -> Option<Rule> {
        let line = &self.lines[i];
        let link_shaped = line.words <= 16 && !line.text.ends_with(['.', ',', ';', ':']);
        if let Some(header) = furniture::read_also_header(lower) {
            let rest = lower[header..].trim_matches(|c: char| !c.is_alphanumeric());
            if line.words <= 20 && (link_shaped || line.words <= 12) {
                self.read_also_bare_header = rest.is_empty();
                self.read_also_budget = if rest.is_empty() { 5 } else { 3 };
                return Some(Rule::ReadAlso);
            }
        }
        if self.read_also_budget > 0 {
            if link_shaped && (line.bullet || self.read_also_bare_header) {
                self.read_also_budget -= 1;
                return Some(Rule::ReadAlso);
            }
            self.read_also_budget = 0;
        }
        // A bullet in a list (another bullet within two lines, or a line
        // introducing it with a colon) is content; an isolated one shaped
        // like a link title is a link.
        let near_bullet = (i.saturating_sub(2)..=i + 2).any(|j| j != i && self.lines.get(j).is_some_and(|l| l.bullet));
        // A list announced by a colon, or a quote's attribution ("- Name,
        // role" under the quote), is content too.
        let introduced = i
            .checked_sub(1)
            .is_some_and(|j| self.lines[j].text.ends_with([':', '"', '”', '»', '’']));
        if line.bullet
            && link_shaped
            && !line.ends_sentence
            && !near_bullet
            && !introduced
            && bullet_body(&line.text).is_some_and(|body| !body.starts_with(char::is_lowercase))
        {
            return Some(Rule::ReadAlso);
        }
        None
    }

    /// A short line whose letters are mostly in another script than the
    /// article's.
    fn is_foreign(&self, line: &Line) -> bool {
        let Some(dominant) = self.dominant else {
            return false;
        };
        if line.text.is_ascii() {
            // Only Latin letters: foreign exactly when the article is not
            // Latin.
            return dominant != Script::Latin
                && line.words <= 15
                && line.text.bytes().filter(u8::is_ascii_alphabetic).count() >= 2;
        }
        if line.words > 15 || line.text.chars().count() > 120 {
            return false;
        }
        // Mostly (three quarters) another script: a title mixing a Latin
        // brand name into Greek stays.
        let counts = ScriptCounts::of(&line.text);
        let letters = counts.letters();
        letters >= 2 && counts.count(dominant) * 4 < letters
    }

    /// Walks back from the end over signatures, credits and widget lines.
    fn judge_tail(&self, verdicts: &mut [Option<Rule>], cleaned: &mut Cleaned) {
        let mut checked = 0;
        for i in (0..self.lines.len()).rev() {
            if verdicts[i].is_some() {
                continue;
            }
            checked += 1;
            if checked > 6 {
                break;
            }
            let line = &self.lines[i];
            let lowered = Lowered::new(&line.text);
            if is_credit(line, &lowered) {
                verdicts[i] = Some(Rule::Credit);
                if cleaned.signature.is_none() {
                    cleaned.signature = signature_outlet(&line.text);
                }
            } else if is_widget_label(line, &lowered.text, Strictness::Tail) {
                verdicts[i] = Some(Rule::Navigation);
            } else if line.words <= LONG_LINE_WORDS && furniture::is_promotion(&lowered) {
                verdicts[i] = Some(Rule::Notice);
            } else {
                break;
            }
        }
    }
}

impl Cleaner<'_> {
    /// A "more stories" box closing a page: three or more link titles in a
    /// row (short, no final punctuation) after the article's last sentence,
    /// down to the end of the text. A list that is the article's own ending
    /// is rarely that: its items end in punctuation, or it is most of the
    /// text, or no prose paragraph comes before it.
    fn judge_tail_links(&self, verdicts: &mut [Option<Rule>]) {
        let kept: Vec<usize> = (0..self.lines.len()).filter(|&i| verdicts[i].is_none()).collect();
        let is_link = |line: &Line| {
            let text = line.text.as_str();
            // A title may ask a question; it opens with a capital, a digit
            // or an emoji, and names no address (a credit or contact line).
            let ends_title = !line.ends_sentence || text.ends_with('?');
            let opens_title = text
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c as u32 >= 0x1F000);
            (2..=TAIL_LINK_WORDS).contains(&line.words)
                && ends_title
                && opens_title
                && !text.ends_with([':', ';', ','])
                && !text.contains('@')
                && !text.contains("http")
        };
        let run = kept.iter().rev().take_while(|&&i| is_link(&self.lines[i])).count();
        if run < 3 || run * 2 > kept.len() {
            return;
        }
        let before = kept[kept.len() - run - 1];
        if !self.lines[before].ends_sentence {
            return;
        }
        let chars = |indices: &[usize]| indices.iter().map(|&i| self.lines[i].text.len()).sum::<usize>();
        let (body, links) = kept.split_at(kept.len() - run);
        if chars(links) >= chars(body) {
            return;
        }
        for &i in links {
            verdicts[i] = Some(Rule::ReadAlso);
        }
    }
}

/// "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'": a link to
/// another story set in capitals between paragraphs, eight words or more
/// and no final punctuation. A subheading in capitals is shorter ("HOW TO
/// USE A WATER BATH CANNER").
fn is_shouted_teaser(line: &Line) -> bool {
    line.words >= SHOUTED_TEASER_WORDS
        && !line.ends_sentence
        && !line.text.chars().any(char::is_lowercase)
        && line.text.chars().filter(|c| c.is_uppercase()).count() >= 20
}

/// Rules that need to see neighbouring lines: runs of doubled lines (teaser
/// widgets) and non-sentences printed twice in a row (captions).
fn premark(lines: &[Line]) -> Vec<Option<Rule>> {
    let n = lines.len();
    let mut marks = vec![None; n];
    // A "most read" box: three or more numbered headlines in a row ("4: Baby
    // seal wanders into NZ home"). Numbered subheadings of a list article
    // have paragraphs between them and stay.
    let mut run_start = 0;
    for i in 0..=n {
        if i < n && is_ranked_headline(&lines[i]) {
            continue;
        }
        if i - run_start >= 3 {
            for mark in &mut marks[run_start..i] {
                *mark = Some(Rule::Teaser);
            }
        }
        run_start = i + 1;
    }
    mark_playlists(lines, &mut marks);
    mark_event_listings(lines, &mut marks);
    let doubled = |i: usize| i + 1 < n && lines[i].key != 0 && lines[i].key == lines[i + 1].key;
    let total_chars: usize = lines.iter().map(|l| l.text.len()).sum();
    let mut i = 0;
    while i < n {
        if !doubled(i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut pairs = 0;
        while doubled(i) {
            pairs += 1;
            i += 2;
        }
        let run_chars: usize = lines[start..i].iter().map(|l| l.text.len()).sum();
        // A run of teasers is page furniture only when the article proper is
        // longer than it; an article scraped with every paragraph doubled
        // keeps one copy of each instead.
        let mark = if pairs >= 2 && run_chars * 2 <= total_chars {
            Some(Rule::Teaser)
        } else if lines[start].ends_sentence {
            None
        } else {
            Some(Rule::Caption)
        };
        if mark == Some(Rule::Caption) && pairs >= 2 {
            // Several doubled non-sentences in a row that are most of the
            // text: keep one copy of each.
            continue;
        }
        for m in &mut marks[start..i] {
            *m = mark;
        }
    }
    marks
}

/// "4: Baby seal wanders into NZ home", "2. Worst floods for ten years":
/// a rank, then a short headline without final punctuation.
fn is_ranked_headline(line: &Line) -> bool {
    if line.words > 14 || line.ends_sentence {
        return false;
    }
    let digits = line.text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &line.text[digits..];
    (1..=2).contains(&digits)
        && rest.starts_with([':', '.', ')'])
        && rest[1..]
            .strip_prefix(' ')
            .is_some_and(|title| title.starts_with(char::is_uppercase))
}

/// A line that is only a link or an e-mail address.
fn is_bare_address(text: &str) -> bool {
    if text.contains(' ') {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("www.")
        || (lower.contains('@') && lower.contains('.'))
}

/// Whether a lower-cased line opens like a photo caption or credit.
fn has_caption_prefix(lower: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "photo:",
        "photo :",
        "photos:",
        "photo by",
        "photograph:",
        "photograph by",
        "photography:",
        "image:",
        "image copyright",
        "image caption",
        "picture:",
        "pictured:",
        "caption:",
        "credit:",
        "photo credit",
        "foto:",
        "bild:",
        "фото:",
        "фото -",
        "crédit photo",
        "crédits photo",
        "crédit :",
        "photo d'illustration",
        "getty images",
        "afp photo",
        "(photo",
        "(credit:",
        "[photo",
        "titelbild:",
        "beitragsbild:",
        "aufmacherbild:",
        "bildquelle:",
        "buy photo",
        "view full caption",
        "file photo",
        "(file photo",
        "zdjęcie:",
        "fot.",
        "φωτογραφία:",
        "media caption",
        "video caption",
        "enlarge this image",
        "hide caption",
        "toggle caption",
        "ap photo",
        "reuters photo",
        "buy this photo",
        "photo courtesy",
        "courtesy photo",
        "dzięki uprzejmości",
    ];
    static PREFIX_SET: OnceLock<PhraseSet> = OnceLock::new();
    PREFIX_SET
        .get_or_init(|| PhraseSet::new(PREFIXES))
        .starting(lower)
        .is_some()
}

/// Photo captions and credits.
fn is_caption(line: &Line, lowered: &Lowered) -> bool {
    const INSIDE: &[&str] = &[
        "view full caption",
        "(photo:",
        "(photo by",
        "(photo credit",
        "photo courtesy",
        "/ getty images",
        "getty images)",
        "(getty images",
        "/ afp",
        "/afp",
        "/ reuters",
        "(ap photo",
        "ap photo/",
        "reuters/",
        "(afp photo",
        "/ ap)",
        "(photo/",
        "(фото:",
        "(foto:",
        "hide caption",
        "toggle caption",
        "image copyright",
    ];
    let text = line.text.as_str();
    let lower = lowered.text.as_str();
    if line.words > LONG_LINE_WORDS {
        return false;
    }
    if has_caption_prefix(lower) {
        return true;
    }
    static INSIDE_SET: OnceLock<PhraseSet> = OnceLock::new();
    if (!line.ends_sentence || text.ends_with(')'))
        && INSIDE_SET.get_or_init(|| PhraseSet::new(INSIDE)).found_in(lowered)
    {
        return true;
    }
    if lower.ends_with("getty images") || lower.ends_with("/ ap") || lower.ends_with("/ afp") {
        return true;
    }
    // "Olga Woltering, pictured with husband Ralph …, was shot to death
    // inside the airport. (Facebook)": a photo's description that ends in
    // its credit or without a full stop, as captions do; not a sentence
    // that leads into a quotation or list ("The man pictured … is wanted,
    // police said:").
    let bare_caption = !line.ends_sentence && !text.ends_with([':', ',', ';']);
    if (bare_caption || text.ends_with(')')) && lower.split(|c: char| !c.is_alphabetic()).any(|w| w == "pictured") {
        return true;
    }
    if is_staff_credit(text) {
        return true;
    }
    // "Courtesy of WKRN"
    if line.words <= 6 && !line.ends_sentence && lower.starts_with("courtesy of ") {
        return true;
    }
    is_dateline_caption(text) || ends_in_piped_credit(text) || is_scene_caption(text, line.words)
}

/// Most words of a credit after a bar ("… were shot. | Network Video
/// Productions", "… | Sam Charles / Sun-Times").
const PIPED_CREDIT_WORDS: usize = 6;

/// "Police investigate in the 2000 block …, where four people were shot. |
/// Network Video Productions": a description that ends in a full stop, then
/// a bar and a short credit in capitals with no full stop.
fn ends_in_piped_credit(text: &str) -> bool {
    let Some((description, credit)) = text.rsplit_once(" | ") else {
        return false;
    };
    let words: Vec<&str> = credit.split_whitespace().collect();
    description.ends_with('.')
        && !words.is_empty()
        && words.len() <= PIPED_CREDIT_WORDS
        && !credit.ends_with('.')
        && words
            .iter()
            .all(|word| word.starts_with(|c: char| c.is_uppercase()) || *word == "/")
}

/// Verbs in the present tense with which a photo or video caption says what
/// the people it shows do ("Mayor John Smith delivers a statement …");
/// a story tells what happened in the past tense.
const SCENE_VERBS: &[&str] = &[
    "addresses",
    "delivers",
    "embraces",
    "hugs",
    "investigate",
    "investigates",
    "kneels",
    "prays",
    "speaks",
    "weeps",
    "wipes",
];

/// Most words of a scene caption.
const SCENE_CAPTION_WORDS: usize = 30;

/// "Cincinnati Mayor John Cranley delivers a statement about the shooting at
/// the club.": a line of one sentence that opens with at least two words in
/// capitals, the people shown, right before a verb of [`SCENE_VERBS`], as
/// photo and video captions are written.
fn is_scene_caption(text: &str, words: usize) -> bool {
    if words > SCENE_CAPTION_WORDS || !text.ends_with('.') || text[..text.len() - 1].contains(". ") {
        return false;
    }
    let mut subject = 0;
    for word in text.split_whitespace() {
        if word.starts_with(|c: char| c.is_uppercase()) && word.chars().all(|c| c.is_alphabetic() || c == '.') {
            // An article opening the line is no name ("The FBI investigates
            // about 50 such cases each year." is a sentence).
            subject += usize::from(!matches!(word, "The" | "A" | "An"));
            continue;
        }
        return subject >= 2 && SCENE_VERBS.contains(&word);
    }
    false
}

/// A video player's strip and the blurb of its video, printed as one line
/// ("CLOSE Skip in Skip x Embed x Share A fifth person … died Sunday. VPC",
/// "Skip Ad Ad Loading... x Embed x Share Houston police say …"), at any
/// length: the blurb describes the video, not the article, and the strip
/// would be glued to its first sentence.
fn is_video_player(text: &str) -> bool {
    text.contains("x Embed x Share")
}

/// "RUSSIA -- Putin speaks with Macron ... outside Moscow, June 26, 2020": an
/// upper-case place, a dash, a description and a date, no final period.
fn is_dateline_caption(text: &str) -> bool {
    if text.ends_with('.') || !text.split_whitespace().next().is_some_and(is_upper_word) {
        return false;
    }
    let Some((place, description)) = [" -- ", " — ", " – ", " - "]
        .iter()
        .find_map(|sep| text.split_once(sep))
    else {
        return false;
    };
    place.split_whitespace().count() <= 5
        && place.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !place.chars().any(char::is_lowercase)
        && description.split_whitespace().count() >= 3
        && !text.ends_with('.')
        && ends_with_date(text)
}

/// A short teaser cut off with an ellipsis ("A small memorial has been
/// placed on the door step of the house...").
/// A short line that ends with an ellipsis.
fn ends_cut(line: &Line) -> bool {
    line.words <= 25 && (line.text.ends_with("...") || line.text.ends_with('…'))
}

/// A teaser or caption cut off with an ellipsis ("A small memorial has been
/// placed on the door step of the house..."): cut after a word that cannot
/// end a phrase, or one of several such lines (a gallery). A lead that ends
/// on a full word with an ellipsis, alone, is kept.
fn is_cut_teaser(line: &Line, gallery: bool) -> bool {
    if !ends_cut(line) {
        return false;
    }
    if gallery {
        return true;
    }
    let body = line.text.trim_end_matches(['.', '…']);
    let last = body.rsplit(' ').next().unwrap_or("");
    const DANGLING: &[&str] = &[
        "the", "a", "an", "of", "in", "at", "to", "from", "and", "or", "with", "for", "on", "by", "after", "where",
        "who", "that", "which", "as", "his", "her", "their", "was", "were", "is", "are", "has", "have", "had", "while",
        "when",
    ];
    last.ends_with(',') || DANGLING.contains(&last.to_lowercase().as_str())
}

/// A video playlist entry: a duration, then a title ("2:51 Sheriff gives
/// update on officer-involved shooting").
fn is_video_teaser(line: &Line) -> bool {
    line.words <= 16 && !line.ends_sentence && opens_with_duration(&line.text)
}

/// Whether the line opens with a duration ("2:51") and a word in capitals.
fn opens_with_duration(text: &str) -> bool {
    let Some((duration, rest)) = text.split_once(' ') else {
        return false;
    };
    let Some((minutes, seconds)) = duration.split_once(':') else {
        return false;
    };
    (1..=2).contains(&minutes.len())
        && seconds.len() == 2
        && minutes.bytes().chain(seconds.bytes()).all(|b| b.is_ascii_digit())
        && rest.starts_with(char::is_uppercase)
}

/// Longest entry of a video playlist that its neighbours make one, in words.
const PLAYLIST_ENTRY_WORDS: usize = 30;

/// Marks a video playlist's longer entries: in a run of three or more lines
/// that open with a duration, most of them short titles
/// ([`is_video_teaser`]), the entries that read as a long title or a
/// sentence ("0:43 Lawyers contend a police dog could have saved his life.")
/// are teasers too. A live blog's entries stamped with a time of day are
/// mostly sentences and stay.
fn mark_playlists(lines: &[Line], marks: &mut [Option<Rule>]) {
    let entry = |line: &Line| line.words <= PLAYLIST_ENTRY_WORDS && opens_with_duration(&line.text);
    let mut start = 0;
    while start < lines.len() {
        let end = start + lines[start..].iter().take_while(|line| entry(line)).count();
        if end == start {
            start += 1;
            continue;
        }
        let titles = lines[start..end].iter().filter(|line| is_video_teaser(line)).count();
        if end - start >= 3 && titles * 2 > end - start {
            for mark in &mut marks[start..end] {
                *mark = Some(Rule::Teaser);
            }
        }
        start = end;
    }
}

/// Labels of an event listing's fields ("What: A vigil … When: 7 p.m.
/// Friday Where: …"); the first three are the ones that make a listing.
const LISTING_LABELS: &[&str] = &[
    "What:",
    "When:",
    "Where:",
    "Cost:",
    "Admission:",
    "Tickets:",
    "Info:",
    "Information:",
    "Contact:",
    "Details:",
];

/// Most words of an upper-case heading above or before an event listing
/// ("PLANNED VIGIL").
const LISTING_HEADING_WORDS: usize = 5;

/// Most words of a field of an event listing without a heading ("When: 7
/// p.m. Friday", "Where: Lincoln Library, 12 Oak Road").
const LISTING_FIELD_WORDS: usize = 8;

/// Words of reporting that make a field a sentence of the article ("When:
/// Police say the shooting happened at 10 p.m."), not a listing's.
const REPORTED_IN_FIELD: &[&str] = &["say", "says", "said", "told", "according"];

/// A line of an event listing: the labels it holds ([`LISTING_LABELS`], as
/// bits), whether an upper-case heading opens it ("PLANNED VIGIL What:
/// …") and whether each field is short ([`LISTING_FIELD_WORDS`], no word
/// of [`REPORTED_IN_FIELD`]).
#[derive(Clone, Copy)]
struct ListingLine {
    labels: u32,
    headed: bool,
    short: bool,
}

/// The listing line `text` is when it opens with a label, after at most an
/// upper-case heading ("PLANNED VIGIL What: …"), and runs on into no
/// sentence of prose.
fn listing_line(text: &str) -> Option<ListingLine> {
    let words: Vec<&str> = text.split(' ').collect();
    let heading = words.iter().take_while(|word| is_upper_word(word)).count();
    let opens =
        words.get(heading).is_some_and(|word| LISTING_LABELS.contains(word)) && heading <= LISTING_HEADING_WORDS;
    if !opens || runs_on_after_a_sentence(&words) {
        return None;
    }
    let fields = words[heading..].split(|word| LISTING_LABELS.contains(word));
    let short = fields
        .into_iter()
        .all(|field| field.len() <= LISTING_FIELD_WORDS && !field.iter().any(|word| REPORTED_IN_FIELD.contains(word)));
    let labels = words
        .iter()
        .filter_map(|word| LISTING_LABELS.iter().position(|label| label == word))
        .fold(0, |bits, at| bits | 1 << at);
    Some(ListingLine {
        labels,
        headed: heading > 0,
        short,
    })
}

/// Whether a sentence of prose goes on after a field of a listing line
/// ("… Where: City Park. Her mother said …"): a word of four letters or
/// more ending in a full stop, not an abbreviation ("p.m.", "Feb."), then
/// a word that is no label. Such a line is article text, not a listing.
fn runs_on_after_a_sentence(words: &[&str]) -> bool {
    words.windows(2).any(|pair| {
        let ended = pair[0]
            .strip_suffix('.')
            .is_some_and(|word| !word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() >= 4);
        ended && !LISTING_LABELS.contains(&pair[1])
    })
}

/// Marks an event listing as a notice: a run of lines that open with a
/// field label ("What:", "When:", "Where:", "Cost:" …), one or several, that
/// between them give at least two of what, when and where, under a short
/// upper-case heading (above it or opening its first line: "PLANNED
/// VIGIL"), or else in lines of their own with short fields. It announces a
/// vigil or a meeting beside the article and reads as no sentence; a line
/// of prose holding labels or a box of the article's facts ("When: Police
/// say the shooting happened at 10 p.m. Where: …") stays.
fn mark_event_listings(lines: &[Line], marks: &mut [Option<Rule>]) {
    let mut start = 0;
    while start < lines.len() {
        let (mut labels, mut headed, mut short) = (0, false, true);
        let mut end = start;
        while let Some(found) = lines.get(end).and_then(|line| listing_line(&line.text)) {
            labels |= found.labels;
            headed |= found.headed && end == start;
            short &= found.short;
            end += 1;
        }
        if end == start {
            start += 1;
            continue;
        }
        if (labels & 0b111).count_ones() >= 2 {
            let heading = start.checked_sub(1).filter(|&h| {
                let line = &lines[h];
                line.words <= LISTING_HEADING_WORDS && line.text.split(' ').all(is_upper_word)
            });
            if heading.is_some() || headed || end - start >= 2 && short {
                for mark in &mut marks[heading.unwrap_or(start)..end] {
                    *mark = Some(Rule::Notice);
                }
            }
        }
        start = end;
    }
}

/// Most words of a weather alert's name ("Lake Effect Snow Warning").
const ALERT_NAME_WORDS: usize = 5;

/// "Flash Flood Watch issued May 7 at 3:47PM CDT expiring May 10 at 7:00AM
/// CDT in effect for: Allen, Barton, …": a weather service's alert as a
/// station's sidebar lists it, at any length (the list of counties runs
/// long). The alert's name in capitals ends in "Watch", "Warning",
/// "Advisory" or "Statement" right before "issued", and the line says when
/// it expires or where it is in effect; a sentence about an alert opens with
/// an article or a place ("A Flash Flood Watch issued Monday …").
fn is_weather_alert(text: &str) -> bool {
    let Some((name, rest)) = text.split_once(" issued ") else {
        return false;
    };
    let words: Vec<&str> = name.split(' ').collect();
    words.len() <= ALERT_NAME_WORDS
        && words.iter().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        && words
            .last()
            .is_some_and(|w| matches!(*w, "Watch" | "Warning" | "Advisory" | "Statement"))
        && (rest.contains(" expiring ") || rest.contains("in effect for:"))
}

/// Copyright, cookie, comment-form, JavaScript and redirect notices, and
/// lines ending in a link to a social-network profile.
fn is_notice(line: &Line, lowered: &Lowered) -> bool {
    if line.words > NOTICE_WORDS {
        return false;
    }
    let lower = lowered.text.as_str();
    furniture::has_notice_phrase(lowered)
        || lower.starts_with("copyright")
        || lower.starts_with("(c) ")
        || lower.contains('©')
        || furniture::is_cookie_notice(lowered)
        || ends_in_profile_link(lower)
}

/// Navigation and widget lines.
fn is_navigation(line: &Line, lower: &str) -> bool {
    if is_font_picker(lower) || is_menu(line) || furniture::is_unspaced_widget(&line.text) {
        return true;
    }
    if line.words <= 15 && !line.ends_sentence && furniture::is_label_list(lower) {
        return true;
    }
    if is_lone_label(line) || is_gallery_counter(lower) || is_reading_time(line, lower) {
        return true;
    }
    if line.words >= SHARE_STRIP_WORDS && share_strip_len(&line.text.split(' ').collect::<Vec<_>>()) == line.words {
        return true;
    }
    is_widget_label(line, lower, Strictness::Body)
}

/// A gallery's position: "Image 1 of 23", "Image 1 of / 23", "3 / 12",
/// "Bild 2 von 9".
fn is_gallery_counter(lower: &str) -> bool {
    const NOUNS: &[&str] = &[
        "image", "photo", "picture", "slide", "foto", "bild", "imagen", "photos", "images",
    ];
    const OF: &[&str] = &["of", "/", "von", "de", "sur", "из", "z", "di"];
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.first() {
        Some(first) if NOUNS.contains(first) => &words[1..],
        _ => &words[..],
    };
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    match words {
        [a, of, b] => number(a) && OF.contains(of) && number(b),
        [a, of, "/", b] => number(a) && OF.contains(of) && number(b),
        _ => false,
    }
}

/// A reading-time or loading label: "5 min read", "Reading time: 3
/// minutes", "Tempo de leitura: 1 minuto", "Loading content ...".
fn is_reading_time(line: &Line, lower: &str) -> bool {
    const PHRASES: &[&str] = &[
        "min read",
        "minute read",
        "minutes read",
        "reading time",
        "read time",
        "lesezeit",
        "lesedauer",
        "temps de lecture",
        "tiempo de lectura",
        "tempo de leitura",
        "tempo di lettura",
        "время чтения",
        "czas czytania",
    ];
    (line.words <= 8 && !line.ends_sentence && PHRASES.iter().any(|p| lower.contains(p)))
        || (line.words <= 4
            && lower.starts_with("loading")
            && lower.trim_end_matches(['.', '…', ' ']).len() < lower.len())
}

/// A single word standing alone on its line ("Close", "Pinterest",
/// "ΚΟΣΜΟΣ"): a button, a section name or a label, never a paragraph.
/// Scripts written without spaces are left out: a whole sentence is one
/// "word" there.
fn is_lone_label(line: &Line) -> bool {
    line.words == 1
        && !line.ends_sentence
        && line.text.chars().count() <= 25
        && !line.text.chars().any(|c| c.is_ascii_digit())
        && !line
            .text
            .chars()
            .any(|c| matches!(crate::script::script_of(c), Some(Script::Han | Script::Thai)))
}

/// "XS SM MD LG", "A A A", "A+ A-".
fn is_font_picker(lower: &str) -> bool {
    if lower.len() > 32 {
        return false;
    }
    let tokens: Vec<&str> = lower.split_whitespace().collect();
    match tokens.as_slice() {
        [] => false,
        [single] => matches!(*single, "xs" | "sm" | "md" | "lg" | "xl" | "xxl" | "a+" | "a-"),
        many => many.len() <= 8 && many.iter().all(|t| furniture::is_font_size_token(t)),
    }
}

/// "Home | News | Sports | Weather": three or more short items between bars.
fn is_menu(line: &Line) -> bool {
    if line.ends_sentence || !line.text.contains(['|', '•', '·']) {
        return false;
    }
    let items: Vec<&str> = line
        .text
        .split(['|', '•', '·'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    // The first item may be a longer label ("Get the latest from us:
    // iPhone | iPad | Android").
    let short_after_first = items
        .iter()
        .skip(1)
        .filter(|item| item.split_whitespace().count() <= 4)
        .count();
    items.len() >= 3
        && short_after_first + 1 == items.len()
        && (items[0].split_whitespace().count() <= 4 || items.len() >= 4)
}

/// How much of a line must be page furniture for it to be a widget.
#[derive(Clone, Copy)]
enum Strictness {
    /// Inside the article: 60% of the words of a label, 75% (and two words)
    /// of a line that ends like a sentence.
    Body,
    /// After the last paragraph, where widgets gather: half of the words.
    Tail,
}

/// A short line made mostly of page-furniture words.
fn is_widget_label(line: &Line, lower: &str, strictness: Strictness) -> bool {
    if line.words > 14 {
        return false;
    }
    let (content, furniture) = count_furniture(lower);
    if content == 0 || content > 10 {
        return false;
    }
    match (strictness, line.ends_sentence) {
        (Strictness::Body, false) => furniture * 10 >= content * 6,
        (Strictness::Body, true) => content <= 8 && furniture >= 2 && furniture * 4 >= content * 3,
        (Strictness::Tail, false) => furniture * 2 >= content,
        (Strictness::Tail, true) => furniture >= 2 && furniture * 2 >= content,
    }
}

/// Content words (glue words aside) and how many of them are furniture.
/// Links, handles and hashtags count as furniture; numbers not at all.
fn count_furniture(lower: &str) -> (usize, usize) {
    let mut content = 0;
    let mut furniture = 0;
    for raw in lower.split(|c: char| {
        c.is_whitespace() || matches!(c, '|' | '/' | '•' | '·' | ',' | '(' | ')' | '[' | ']' | '»' | '«')
    }) {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '#');
        if word.is_empty() || !word.chars().any(char::is_alphabetic) {
            continue;
        }
        if word.starts_with('@') || word.starts_with('#') || looks_like_domain(word) {
            content += 1;
            furniture += 1;
            continue;
        }
        let word = word.trim_start_matches(['@', '#']);
        if furniture::is_glue_word(word) {
            continue;
        }
        content += 1;
        if furniture::is_furniture_word(word) {
            furniture += 1;
        }
    }
    (content, furniture)
}

fn looks_like_domain(word: &str) -> bool {
    if word.starts_with("http") || word.starts_with("www.") {
        return true;
    }
    if !word.contains('.') {
        return false;
    }
    [".com", ".org", ".net", ".co.uk", ".ru", ".fr", ".de", ".tv", ".am"]
        .iter()
        .any(|tld| {
            word.ends_with(tld)
                || word
                    .match_indices(tld)
                    .any(|(i, _)| word[i + tld.len()..].starts_with('/'))
        })
}

/// An author's contact line: "Contact Jane Doe at jdoe@paper.com", "Jane
/// Doe: jdoe@paper.com, 555-0100", "Jane Doe is a staff writer. Reach her at
/// jdoe@paper.com." A request for tips that gives a police address is not.
fn is_contact_line(lower: &str) -> bool {
    if is_follow_line(lower) {
        return true;
    }
    let Some(at) = lower
        .split_whitespace()
        .position(|w| w.contains('@') && w.contains('.'))
    else {
        return false;
    };
    const OPENINGS: &[&str] = &["contact ", "reach ", "email", "e-mail", "follow ", "— ", "-- ", "- "];
    const CUES: &[&str] = &[
        "can be reached",
        "may be reached",
        "staff writer",
        " writer for",
        "reporter",
        "correspondent",
        "editor",
        "reach him",
        "reach her",
        "reach them",
        "columnist",
    ];
    let name_colon = lower
        .split_once(':')
        .is_some_and(|(name, _)| (1..=4).contains(&name.split_whitespace().count()) && !name.contains('@'));
    at == 0 || OPENINGS.iter().any(|o| lower.starts_with(o)) || CUES.iter().any(|c| lower.contains(c)) || name_colon
}

/// A one-sentence biography of the author: "Phil Helsel is a reporter for
/// NBC News.", "Jane Doe is a freelance writer living in Minneapolis".
fn is_author_bio(text: &str, lower: &str) -> bool {
    const ROLES: &[&str] = &[
        "reporter",
        "writer",
        "correspondent",
        "editor",
        "journalist",
        "columnist",
        "contributor",
        "producer",
        "author",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(verb) = words.iter().position(|w| matches!(*w, "is" | "was")) else {
        return false;
    };
    (2..=4).contains(&verb)
        && words[..verb].iter().all(|w| w.starts_with(char::is_uppercase))
        && words.get(verb + 1).is_some_and(|w| matches!(*w, "a" | "an" | "the"))
        && lower.split(|c: char| !c.is_alphanumeric()).any(|w| ROLES.contains(&w))
}

/// Social networks by the name of their site ("instagram.com").
const SOCIAL_NETWORKS: &[&str] = &[
    "twitter",
    "facebook",
    "instagram",
    "linkedin",
    "tiktok",
    "youtube",
    "bluesky",
];

/// "Metro Atlanta's #1 source for breaking news you can count on.
/// http://Instagram.com/wsbtv": a line that ends in a bare link to a profile
/// on a social network (the site, then one name), the way an outlet's
/// profile blurb or a "find us on" line ends. A link to a post or a page
/// deeper in the site, or one inside the sentence, is not such an ending.
fn ends_in_profile_link(lower: &str) -> bool {
    let Some(last) = lower.rsplit(' ').next() else {
        return false;
    };
    let Some(address) = last.strip_prefix("https://").or_else(|| last.strip_prefix("http://")) else {
        return false;
    };
    let address = address.strip_prefix("www.").unwrap_or(address);
    let Some((host, profile)) = address.split_once('/') else {
        return false;
    };
    let profile = profile.trim_end_matches('/');
    host.strip_suffix(".com")
        .is_some_and(|site| SOCIAL_NETWORKS.contains(&site))
        && !profile.is_empty()
        && profile
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

/// An invitation to follow someone on a social network: "Follow @BGRDeals
/// on Twitter to keep up with ...", "Follow her on Twitter @AmyKup". It
/// opens with "follow" (or asks to follow a person) and names a handle (a
/// word starting with "@") or a network.
fn is_follow_line(lower: &str) -> bool {
    const ASKS: &[&str] = &["follow me ", "follow us ", "follow him ", "follow her ", "follow them "];
    let asks = lower.starts_with("follow ") || ASKS.iter().any(|ask| lower.contains(ask));
    asks && lower.split_whitespace().any(|w| {
        (w.starts_with('@') && w.len() > 2) || SOCIAL_NETWORKS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
    })
}

/// Signatures and credits: "Reporting by ...; Editing by ...", "Le Monde
/// with AFP and Reuters", "The Associated Press contributed to this report.",
/// an author's contact line.
fn is_credit(line: &Line, lowered: &Lowered) -> bool {
    let lower = lowered.text.as_str();
    const PREFIXES: &[&str] = &[
        "reporting by",
        "additional reporting",
        "writing by",
        "editing by",
        "(reporting by",
        "(additional reporting",
        "compiled by",
        "edited by",
        "reported by",
        "with reporting by",
        "mit material von",
        "con información de",
        "avec afp",
        "(avec afp",
        "with afp",
        "(with afp",
        "по материалам",
        "при подготовке",
        "(editing by",
        "(writing by",
    ];
    const INSIDE: &[&str] = &[
        "contributed to this report",
        "contributed reporting",
        "contributed to this story",
        "a contribué à cet article",
        "hat zu diesem bericht beigetragen",
    ];
    if line.words > 40 {
        return false;
    }
    static PREFIX_SET: OnceLock<PhraseSet> = OnceLock::new();
    static INSIDE_SET: OnceLock<PhraseSet> = OnceLock::new();
    if PREFIX_SET
        .get_or_init(|| PhraseSet::new(PREFIXES))
        .starting(lower)
        .is_some()
        || INSIDE_SET.get_or_init(|| PhraseSet::new(INSIDE)).found_in(lowered)
    {
        return true;
    }
    if line.words <= 30 && (is_contact_line(lower) || is_author_bio(&line.text, lower)) {
        return true;
    }
    // "With Jane Roe, John Doe": co-reporters.
    if line.words <= 8 && !line.ends_sentence {
        let names = lower
            .strip_prefix("with ")
            .or_else(|| lower.strip_prefix("— with "))
            .map(|_| {
                line.text
                    .split_whitespace()
                    .skip(1)
                    .filter(|w| !matches!(*w, "with" | "and" | "&"))
                    .all(|w| w.starts_with(char::is_uppercase))
            });
        if names == Some(true) {
            return true;
        }
    }
    // "Le Monde with AFP and Reuters": a short signature naming agencies.
    if line.words <= 8 && !line.ends_sentence {
        let words: Vec<&str> = lower
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '/'))
            .filter(|w| !w.is_empty())
            .collect();
        let agencies = words.iter().filter(|w| furniture::is_agency(w)).count();
        let connected = words.iter().any(|w| {
            matches!(
                *w,
                "with" | "avec" | "mit" | "con" | "и" | "and" | "et" | "y" | "und" | "z" | "+"
            )
        });
        return agencies >= 1 && (connected || words.len() == agencies);
    }
    false
}

/// The outlet that signs "Le Monde with AFP and Reuters": the capitalized
/// words before "with" (or "avec", "mit", "con"), when they are not an
/// agency themselves.
fn signature_outlet(line: &str) -> Option<String> {
    let (outlet, _) = [" with ", " avec ", " mit ", " con "]
        .iter()
        .find_map(|w| line.split_once(w))?;
    let outlet = outlet.trim();
    let words: Vec<&str> = outlet.split_whitespace().collect();
    let named = (1..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !words.iter().any(|w| furniture::is_agency(&w.to_lowercase()));
    named.then(|| outlet.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> Vec<String> {
        clean(text).paragraphs
    }

    fn removed_by(text: &str, rule: Rule) -> Vec<String> {
        clean(text)
            .removed
            .into_iter()
            .filter(|r| r.rule == rule)
            .map(|r| r.line)
            .collect()
    }

    const BODY: &str = "The council met on Monday to discuss the new budget for the city.\n\n\
        Members argued for three hours before a vote was taken late in the evening.";

    #[test]
    fn a_time_stamp_naming_its_author_and_two_dates_goes_even_past_sixteen_words() {
        let stamp = "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM";
        let text = format!("{stamp}\n\n{BODY}");
        assert_eq!(removed_by(&text, Rule::Byline), vec![stamp.to_string()]);
        assert_eq!(kept(&text).len(), 2);
        // A sentence of that length with a date in it stays.
        let sentence =
            "The council met on November 18, 2019 at 2:26 PM to vote on the budget of the city for next year.";
        assert!(kept(&format!("{sentence}\n\n{BODY}")).iter().any(|p| p == sentence));
    }

    #[test]
    fn a_call_to_join_or_sign_up_at_the_end_goes_but_not_in_the_article() {
        let forum = "Join our Space Forums to keep talking space on the latest missions, night sky and more!";
        let signup =
            "There's plenty more where that came from. Sign up for The Daily Bell today to get the free newsletter.";
        let text = format!("{BODY}\n\n{signup}\n\n{forum}");
        assert_eq!(kept(&text).len(), 2, "{text}");
        assert_eq!(removed_by(&text, Rule::Notice).len(), 2);
        // The same words inside the story are the story's.
        let inside = "Residents can join our campaign, the mayor said, and sign up for a tour of the new library.";
        let text = format!("{inside}\n\n{BODY}");
        assert_eq!(kept(&text).len(), 3);
    }

    #[test]
    fn a_closing_box_of_link_titles_goes_from_a_page_but_a_list_the_text_ends_with_stays() {
        let links = "More Great Stories\n\nThe strange life of a virtuoso coder\n\n\
                     Could an astronaut lost in space use gravity to get around?\n\n\
                     10 gifts for the hacker in your life";
        let body = format!("{BODY}\n\nThe mayor said the vote was a relief.\n\nThe budget takes effect in May.");
        let text = format!("{body}\n\n{links}");
        assert_eq!(clean_page_text(&text).paragraphs.len(), 4, "{text}");
        assert_eq!(
            clean_page_text(&text).paragraphs.last().map(String::as_str),
            Some("The budget takes effect in May.")
        );
        // Plain text is left alone; so is a list announced by a colon, one
        // of items that open in lower case, or one longer than the prose.
        assert!(kept(&text).iter().any(|p| p == "10 gifts for the hacker in your life"));
        let announced = format!("{body}\n\nYou need:\n\nA laptop\n\nA browser\n\nAn email address");
        let links_removed = |text: &str| {
            clean_page_text(text)
                .removed
                .iter()
                .filter(|r| r.rule == Rule::ReadAlso)
                .count()
        };
        assert_eq!(links_removed(&announced), 0);
        let lower = format!("{body}\n\nsmall groups\n\npresentations\n\ndiscussion of next meeting");
        assert_eq!(links_removed(&lower), 0);
        let mostly = "The vote was 5 to 4.\n\nLight a Wish by OGE Group\n\nParabolic Cloud by Amigo\n\nPortam Civitatis by Peter Snijder";
        assert_eq!(links_removed(mostly), 0);
    }

    #[test]
    fn story_links_in_capitals_go_from_a_page_but_subheadings_in_capitals_stay() {
        let teaser = "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'";
        let subheading = "HOW TO USE A WATER BATH CANNER";
        let text = format!("{BODY}\n\n{teaser}\n\n{subheading}\n\nThe vote was 5 to 4.");
        let cleaned = clean_page_text(&text);
        assert!(cleaned
            .removed
            .iter()
            .any(|r| r.line == teaser && r.rule == Rule::Teaser));
        assert!(cleaned.paragraphs.iter().any(|p| p == subheading));
        assert!(kept(&text).iter().any(|p| p == teaser), "plain text is left alone");
    }

    #[test]
    fn repeated_lines_are_kept_once() {
        let text = format!("{BODY}\n\nThe mayor left early.\n\n{BODY}");
        assert_eq!(kept(&text).len(), 3);
        assert_eq!(removed_by(&text, Rule::Repeated).len(), 2);
    }

    #[test]
    fn a_video_strip_with_its_blurb_and_a_pictured_caption_go_but_a_sentence_naming_a_picture_stays() {
        let strip = "CLOSE Skip in Skip x Embed x Share The mayor of the town speaks about the vote on the new budget \
                     of the city. Town Herald";
        let playlist = "The Herald 3 of 9 CLOSE Skip in Skip x Embed x Share BUDGET VOTE Mayor speaks | 2:10 \
                        Skip Ad Ad Loading... x Embed x Share The council met on Monday.";
        let caption = "Mary Jones, pictured with her husband and their dog, opened the library on Monday. (Facebook)";
        let label = "Proud: Mary Jones, pictured, cut the ribbon at the new library";
        let text = format!("{strip}\n\n{BODY}\n\n{caption}\n\n{playlist}\n\n{label}");
        assert_eq!(removed_by(&text, Rule::Caption).len(), 4, "{text}");
        assert_eq!(kept(&text).len(), 2);
        // A sentence of the article that names a picture stays.
        let sentence = "The mayor, pictured on the front page of the Herald, said the vote was a relief.";
        assert!(kept(&format!("{sentence}\n\n{BODY}")).iter().any(|p| p == sentence));
        // So does one that leads into a quotation.
        let lead = "The man pictured in the footage from the store is wanted for questioning, police said:";
        assert!(kept(&format!("{BODY}\n\n{lead}")).iter().any(|p| p == lead));
    }

    #[test]
    fn scene_captions_and_piped_credits_go_but_a_story_in_the_past_tense_stays() {
        let piped = "Fire crews work in the 400 block of Elm Street, where a house burned on Friday. | City Video Desk";
        let scene = "Springfield Mayor Ann Lee delivers a statement about the fire at the old mill.";
        let text = format!("{BODY}\n\n{piped}\n\n{scene}\n\nThe vote was 5 to 4.");
        assert_eq!(removed_by(&text, Rule::Caption).len(), 2, "{text}");
        for sentence in [
            "Springfield Mayor Ann Lee delivered a statement about the fire at the old mill.",
            "Springfield Mayor Ann Lee speaks often about the fire. She said so on Monday.",
            "The mayor speaks about the fire at the old mill on Monday.",
            "The FBI investigates about 50 such cases each year.",
        ] {
            assert!(
                kept(&format!("{BODY}\n\n{sentence}")).iter().any(|p| p == sentence),
                "{sentence}"
            );
        }
    }

    #[test]
    fn asides_pointing_at_a_photo_go_from_a_sentence() {
        let text = format!(
            "{BODY}\n\nThe driver, a man named John Roe (pictured above, left), was held on Sunday and \
             his sister (right) was let go (both were questioned).\n\nThe vote was 5 to 4."
        );
        assert!(kept(&text).iter().any(|p| p
            == "The driver, a man named John Roe, was held on Sunday and his sister was let go (both were \
                questioned)."));
    }

    #[test]
    fn doubled_captions_go() {
        let text = format!(
            "Budget passes after long night\n\n{BODY}\n\n\
             Council members listen to the mayor at city hall\n\
             Council members listen to the mayor at city hall\n\nThe vote was 5 to 4."
        );
        let lines = kept(&text);
        assert!(!lines.iter().any(|l| l.contains("listen to the mayor")), "{lines:?}");
        assert_eq!(lines.len(), 4);
    }

    #[test]
    fn dateline_and_photo_captions_go() {
        let text = format!(
            "{BODY}\n\nFRANCE -- The mayor speaks at a press conference in Lyon, March 3, 2021\n\n\
             Photo: John Smith / City Press\n\n\
             A resident walks past the hall. (Photo by Jane Roe/Getty Images)\n\nThe vote was 5 to 4."
        );
        assert_eq!(removed_by(&text, Rule::Caption).len(), 3);
        assert_eq!(kept(&text).len(), 3);
    }

    #[test]
    fn navigation_lines_go_but_sentences_with_furniture_words_stay() {
        let text = format!(
            "{BODY}\n\nShare\n\nTweet\n\nBack to top button\n\nShow More\n\nSource link\n\n\
             Leave a Reply\n\ncomments\n\nAdvertisement\n\nXS\nSM\nMD\nLG\n\nA+ A-\n\n\
             Follow us on Twitter\n\nPartager sur Facebook\n\nKommentare\n\nПоделиться\n\n\
             Police did not share details of the investigation.\n\n\
             Share prices fell sharply\n\nRead the statement below:"
        );
        let lines = kept(&text);
        assert_eq!(
            lines[2..],
            [
                "Police did not share details of the investigation.",
                "Share prices fell sharply",
                "Read the statement below:"
            ],
            "{lines:?}"
        );
    }

    #[test]
    fn notices_go() {
        let text = format!(
            "{BODY}\n\nYour email address will not be published. Required fields are marked *\n\n\
             Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n\n\
             We use cookies to give you the best experience on our website.\n\n\
             Please enable JavaScript to watch this video"
        );
        assert_eq!(removed_by(&text, Rule::Notice).len(), 4);
    }

    #[test]
    fn redirect_notices_and_lines_ending_in_a_profile_link_go() {
        let redirect = "The previous page is sending you to https://example.org/2019/05/02/council-votes-on-budget \
                        If you do not want to visit that page, you can return to the previous page";
        let blurb =
            "Your home for news, weather and sports across the valley, all day. https://Twitter.com/valleynews7";
        let text = format!("{redirect}\n\n{BODY}\n\n{blurb}");
        assert_eq!(
            removed_by(&text, Rule::Notice),
            vec![redirect.to_string(), blurb.to_string()]
        );
        // Links to a post, to another site or inside the sentence stay.
        let post = "The mayor posted the budget on https://twitter.com/cityhall/status/12345";
        let tips = "Anyone with information is asked to call the tip line or visit https://example.org/tips";
        let aside = "The station reported (https://facebook.com/valleynews7) that the vote was late.";
        let text = format!("{BODY}\n\n{post}\n\n{tips}\n\n{aside}");
        assert_eq!(kept(&text).len(), 5, "{:?}", kept(&text));
    }

    #[test]
    fn weather_alerts_go_at_any_length_but_sentences_about_them_stay() {
        let counties = "Ash, Birch, Cedar, Dogwood, Elm, Fir, Gum, Hazel, Ivy, Juniper, Larch, Maple, Oak, Pine, \
                        Quince, Redwood, Spruce, Tamarack, Walnut, Yew, Alder, Beech, Cherry, Holly, Linden, Poplar, \
                        Rowan, Sassafras, Sumac, Willow, Acacia, Banyan, Cypress, Hemlock, Locust, Magnolia, Olive";
        let long = format!(
            "Winter Storm Warning issued March 3 at 4:10AM EST expiring March 4 at 6:00PM EST in effect for: {counties}"
        );
        let short = "Dense Fog Advisory issued March 3 at 1:02AM CST expiring March 3 at 9:00AM CST";
        let text = format!("{long}\n\n{short}\n\n{BODY}");
        assert_eq!(removed_by(&text, Rule::Notice), vec![long.clone(), short.to_string()]);
        let sentence = "A Winter Storm Warning issued Tuesday morning stays in effect for the county until Thursday.";
        let named = "Forecasters said the Winter Storm Warning issued Tuesday was expiring at noon.";
        let text = format!("{BODY}\n\n{sentence}\n\n{named}");
        assert_eq!(kept(&text).len(), 4, "{:?}", kept(&text));
    }

    #[test]
    fn a_video_playlist_goes_with_its_long_entries_but_a_live_blog_stays() {
        let playlist = [
            "2:14 Crews clear snow from the bridge",
            "0:58 Librarian retires after forty years",
            "4:12 High school band wins state title",
            "1:37 The old mill by the river burned down overnight. Neighbors watched it go.",
            "3:05 Students build a robot that sorts recycling, and it already works better than the old one did",
        ];
        let text = format!("{BODY}\n\n{}", playlist.join("\n"));
        assert_eq!(removed_by(&text, Rule::Teaser), playlist);
        let blog = "9:15 Police close Main Street after reports of a gas leak.\n\
                    9:40 Firefighters evacuate two apartment buildings on Main Street.\n\
                    10:05 The gas company says the leak has been stopped.";
        assert_eq!(kept(&format!("{BODY}\n\n{blog}")).len(), 5);
    }

    #[test]
    fn a_share_strip_glued_inside_a_line_is_cut_out() {
        let glued = "Bridge reopens after repairs, city says Share Pin It More Galleries \
                     Crews paint the railings of the bridge on Tuesday, May 4, 2021.";
        let text = format!("{glued}\n\n{BODY}");
        assert_eq!(
            kept(&text)[..2],
            [
                "Bridge reopens after repairs, city says",
                "Crews paint the railings of the bridge on Tuesday, May 4, 2021."
            ]
        );
        assert_eq!(removed_by(&text, Rule::Navigation), ["Share Pin It More Galleries"]);
        let closing = format!("{BODY}\n\nThe bridge cost $2 million. Share Tweet Email");
        assert_eq!(kept(&closing)[2..], ["The bridge cost $2 million."]);
        // "Share" in a sentence, or before fewer than two buttons, stays.
        let sentences = "The fund's Share Price More than doubled in a year.\n\n\
                         Voters can Share Pin numbers with the clerk.\n\n\
                         Neighbors said they would Share More of the harvest this year.";
        assert_eq!(kept(&format!("{BODY}\n\n{sentences}")).len(), 5);
    }

    #[test]
    fn a_photo_credit_ending_a_caption_line_goes_and_its_sentences_stay() {
        let captions = [
            ("Neighbors left candles outside the Elm Street home on Tuesday. RUTH OKAFOR-LANE, STAFF", "RUTH OKAFOR-LANE, STAFF"),
            ("Firefighters hose down the garage on Birch Road. TOMAS J. REYES / STAFF", "TOMAS J. REYES / STAFF"),
            ("The mayor spoke to reporters on Friday. \"We will rebuild,\" she said. Lena Marsh | Staff Photographer", "Lena Marsh | Staff Photographer"),
            ("Crews clear the bridge on Route 9, March 3, 2019. ( PAUL D KIM / Staff Photographer )", "( PAUL D KIM / Staff Photographer )"),
            ("A crowd gathers outside the library in Oakdale. Photo: Maria T. Ochoa, The Oakdale Courier", "Photo: Maria T. Ochoa, The Oakdale Courier"),
        ];
        for (line, credit) in captions {
            let text = format!("{BODY}\n\n{line}\n\nThe budget passed by one vote.");
            assert_eq!(removed_by(&text, Rule::Caption), [credit], "{line}");
            let caption = line[..line.len() - credit.len()].trim_end();
            assert_eq!(kept(&text)[2], caption);
            assert_eq!(kept(&text).len(), 4);
        }
        // A caption line that goes whole still goes whole.
        let named = format!("{BODY}\n\nRuth Okafor. Photo: Courtesy (Photo: KXYZ)\n\nThe budget passed by one vote.");
        assert_eq!(
            removed_by(&named, Rule::Caption),
            ["Ruth Okafor. Photo: Courtesy (Photo: KXYZ)"]
        );
        // A credit alone on its line goes too.
        let text = format!("{BODY}\n\nRUTH OKAFOR-LANE, STAFF\n\nThe budget passed by one vote.");
        assert_eq!(removed_by(&text, Rule::Caption), ["RUTH OKAFOR-LANE, STAFF"]);
        // Sentences that end in "staff" or hold "Photo:" stay whole.
        let sentences = [
            "The clinic lost half its nurses. It is now run by a skeleton staff.",
            "The county cut its budget. Parks, pools and libraries lost staff.",
            "Voters approved the plan. The union called it A BETRAYAL OF STAFF.",
            "The hospital thanked its workers. \"Our Doctors, Nurses, Staff\" read the banner.",
            "The judge ruled on Monday. Photo: the defense asked the court to bar it, and the court refused.",
            "The school reopened on Monday. Photo: see the gallery below for the day in pictures.",
        ];
        for sentence in sentences {
            let text = format!("{BODY}\n\n{sentence}");
            assert_eq!(kept(&text).last().map(String::as_str), Some(sentence), "{sentence}");
        }
    }

    #[test]
    fn a_related_article_link_and_an_event_listing_go() {
        let glued = "Neighbors leave flowers outside the Elm Street home on Monday. JANE DOE, STAFF \
                     Related article » COMMUNITY MEETING What: Residents meet with the police chief about the \
                     break-ins on Elm Street. When: 6 p.m. Thursday Where: Lincoln Library, 12 Oak Road";
        let text = format!("{BODY}\n\n{glued}\n\nThe meeting is open to the public.");
        let cleaned = clean(&text);
        assert!(
            cleaned
                .paragraphs
                .iter()
                .all(|p| !p.contains("Related") && !p.contains("When:")),
            "{cleaned:?}"
        );
        assert_eq!(removed_by(&text, Rule::ReadAlso), ["Related article »"]);
        assert_eq!(
            kept(&text).last().map(String::as_str),
            Some("The meeting is open to the public.")
        );

        // The same listing as a block of lines under its heading.
        let block = "COMMUNITY MEETING\n\nWhat: Residents meet with the police chief\n\nWhen: 6 p.m. Thursday\n\n\
                     Where: Lincoln Library, 12 Oak Road";
        let text = format!("{BODY}\n\n{block}\n\nThe meeting is open to the public.");
        assert_eq!(removed_by(&text, Rule::Notice).len(), 4, "{:?}", clean(&text));
        // A listing line that runs on into a sentence of the article stays.
        let vigil = "VIGIL What: A vigil for the victim When: 7 p.m. Friday Where: City Park. Her mother said \
                     he loved the park and hoped the neighborhood would come.";
        assert_eq!(
            kept(&format!("{BODY}\n\n{vigil}")).len(),
            3,
            "{:?}",
            clean(&format!("{BODY}\n\n{vigil}"))
        );
        // A box of the article's facts, or a line of prose with labels, is no listing.
        let facts = "When: Police say the shooting happened at 10 p.m. Saturday.\n\n\
                     Where: Outside the corner store on Pine Street";
        assert_eq!(
            kept(&format!("{BODY}\n\n{facts}")).len(),
            4,
            "{:?}",
            clean(&format!("{BODY}\n\n{facts}"))
        );
        let line = "What: a quarrel over a parking spot that turned deadly When: shortly after midnight";
        assert_eq!(
            kept(&format!("{BODY}\n\n{line}")).len(),
            3,
            "{:?}",
            clean(&format!("{BODY}\n\n{line}"))
        );
        // Short fields in lines of their own are a listing, heading or not.
        let fields = "What: Candlelight vigil\n\nWhen: 7 p.m. Friday\n\nWhere: City Park";
        assert_eq!(removed_by(&format!("{BODY}\n\n{fields}"), Rule::Notice).len(), 3);
        // A lone label, or labels inside a sentence, make no listing.
        let prose = "When: that was the question the jury asked first.\n\n\
                     The sign read What: Town Hall When: Monday, and nobody came.";
        assert_eq!(kept(&format!("{BODY}\n\n{prose}")).len(), 4);
        // "Related" in a sentence stays.
        let sentence = "Related article numbers were missing from the court file, the clerk said.";
        assert_eq!(kept(&format!("{BODY}\n\n{sentence}")).len(), 3);
    }

    #[test]
    fn read_also_and_bullet_links_go() {
        let text = format!(
            "{BODY}\n\nRead also: Why the budget matters\n  • Taxes rise in the suburbs\n\n\
             The vote was 5 to 4.\n\nThe mayor spoke after the vote.\n\n  • Mayor calls for calm\n\nLire aussi Le budget\n\n\
             Steps to follow:\n- Fill in the form\n- Send it to the city\n- Wait for the answer"
        );
        let lines = kept(&text);
        assert_eq!(lines.len(), 8, "{lines:?}");
        assert_eq!(removed_by(&text, Rule::ReadAlso).len(), 4);
        let listed = format!("{BODY}\n\nOther victims include:\n\n— Jane Roe, 29, of Elm Street\n\nAdvertisement\n\n— John Doe, 34\n\n— Ann Poe, 25");
        assert_eq!(removed_by(&listed, Rule::ReadAlso).len(), 0);
        let russian = "Совет обсудил бюджет города в понедельник вечером.\n\nЧитайте также\n\n\
                       • Налоги растут\n\nГолосование прошло поздно вечером.";
        assert_eq!(removed_by(russian, Rule::ReadAlso).len(), 2);
    }

    #[test]
    fn dont_miss_and_see_more_blocks_go() {
        let text = format!(
            "{BODY}\n\nSEE MORE: Budget protests: 800 residents march on city hall\n\nThe vote was 5 to 4.\n\n\
             DON'T MISS\n\nCouncil furious at mayor for budget jibe [INSIGHT]\n\nSchools brace for cuts [VIDEO]\n\n\
             The mayor spoke after the vote."
        );
        assert_eq!(
            removed_by(&text, Rule::ReadAlso),
            [
                "SEE MORE: Budget protests: 800 residents march on city hall",
                "DON'T MISS",
                "Council furious at mayor for budget jibe [INSIGHT]",
                "Schools brace for cuts [VIDEO]"
            ]
        );
        assert!(kept(&text)
            .iter()
            .any(|l| l.contains("The mayor spoke after the vote.")));
    }

    #[test]
    fn lines_in_another_script_go() {
        let text = format!("Գլխավոր Լրահոս\n\n{BODY}");
        assert_eq!(removed_by(&text, Rule::ForeignScript), ["Գլխավոր Լրահոս"]);
    }

    #[test]
    fn bylines_go_and_tell_the_date() {
        let text = format!("Budget passes\n\nBy City Weekly | Thursday, 01 October 2020\n\n{BODY}");
        let cleaned = clean(&text);
        assert_eq!(cleaned.paragraphs.len(), 3);
        assert_eq!(cleaned.byline.map(|b| b.name), Some("City Weekly".to_string()));
        assert_eq!(
            cleaned.published.map(|d| d.date().to_string()),
            Some("2020-10-01".to_string())
        );
    }

    #[test]
    fn credits_at_the_end_go() {
        let text = format!(
            "{BODY}\n\nLe Monde with AFP and Reuters\n\n\
             Reporting by John Smith; Editing by Jane Doe\n\n\
             The Associated Press contributed to this report."
        );
        assert_eq!(kept(&text).len(), 2);
        assert_eq!(removed_by(&text, Rule::Credit).len(), 3);
        assert_eq!(clean(&text).signature.as_deref(), Some("Le Monde"));
    }

    #[test]
    fn follow_and_contact_lines_at_the_end_go() {
        let text = format!(
            "{BODY}\n\nHave a tip? Jane Doe may be reached at jdoe@paper.com. Follow her on Twitter @JaneDoe.\n\n\
             Follow @PaperDeals on Twitter to keep up with the latest deals from around the web."
        );
        assert_eq!(removed_by(&text, Rule::Credit).len(), 2, "{:?}", kept(&text));
        let bio = format!("{BODY}\n\nPhil Helsel is a reporter for NBC News.");
        assert_eq!(removed_by(&bio, Rule::Credit).len(), 1, "{:?}", kept(&bio));
        let story = format!("{BODY}\n\nThe mayor said she would follow the debate closely.");
        assert!(removed_by(&story, Rule::Credit).is_empty());
    }

    #[test]
    fn time_stamps_and_share_counts_go() {
        let text = format!(
            "Tom Krisher, AP Auto Writer\n\nBy Jane Doe - 11/18/19 11:04 PM EST\n\nUpdated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM\n\n{BODY}\n\n\
             This story has been shared 44,976 times."
        );
        assert_eq!(removed_by(&text, Rule::Byline).len(), 3, "{:?}", kept(&text));
        assert_eq!(removed_by(&text, Rule::Notice).len(), 1, "{:?}", kept(&text));
    }

    #[test]
    fn gallery_counters_and_reading_times_go() {
        let text = format!(
            "Image 1 of / 23\n\nTempo de leitura: 1 minuto\n\n{BODY}\n\n1 of 6\n\n5 min read\n\nLoading content ..."
        );
        assert_eq!(removed_by(&text, Rule::Navigation).len(), 5, "{:?}", kept(&text));
        let story = format!("{BODY}\n\nThe reading time of the report was cut by a third, she said.");
        assert!(removed_by(&story, Rule::Navigation).is_empty());
    }

    #[test]
    fn german_widget_labels_and_stamps_go() {
        let text = format!(
            "Veröffentlichung: 2. Februar 2022\n\n{BODY}\n\nTitelbild: Jane Roe/Agentur\n\nÄhnliche Beiträge\n\n\
             Kommentare schreiben\n\nÜber den Autor\n\nDer Autor lebt seit Jahren in Berlin."
        );
        let lines = kept(&text);
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(lines[2].starts_with("Der Autor lebt"), "{lines:?}");
    }

    #[test]
    fn teaser_runs_go() {
        let teasers = "Gas prices rise again.\n\nGas prices rise again.\n\n\
                       School gets new laptops.\n\nSchool gets new laptops.";
        let text = format!("{teasers}\n\n{BODY}\n\nThe vote was 5 to 4 after a long debate.\n\nA small memorial was placed at the door of the...");
        let lines = kept(&text);
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert_eq!(removed_by(&text, Rule::Teaser).len(), 5);
    }

    #[test]
    fn ranked_headline_boxes_go() {
        let text = format!(
            "{BODY}\n\n1: Baby seal wanders into home\n2: Worst floods for ten years\n3: Banksy unveils new work"
        );
        assert_eq!(kept(&text).len(), 2);
        let steps = format!("{BODY}\n\n1. Fill in the form.\n2. Send it to the city.\n3. Wait for the answer.");
        assert_eq!(kept(&steps).len(), 5);
    }

    #[test]
    fn a_doubled_article_keeps_one_copy() {
        let text = "First paragraph of the story.\nFirst paragraph of the story.\n\
                    Second paragraph of the story.\nSecond paragraph of the story.";
        assert_eq!(
            kept(text),
            ["First paragraph of the story.", "Second paragraph of the story."]
        );
    }

    #[test]
    fn dangling_datelines_join_the_next_line() {
        let lines = kept("HOUSTON -\nA man was shot on Monday.");
        assert_eq!(lines, ["HOUSTON - A man was shot on Monday."]);
    }

    #[test]
    fn short_real_sentences_stay() {
        let text = "He said no.\n\nShe left.\n\nPolice are investigating.";
        assert_eq!(kept(text).len(), 3);
    }

    #[test]
    fn a_staff_credit_with_its_link_marker_goes_and_sentences_with_staff_or_photo_stay() {
        // "[Link]" after a staff credit ending a caption line.
        let caption = "A delivery van crashed into the bakery on Elm Street on Friday.";
        let text = format!("{caption} MARIA LOPEZ / STAFF [Link]\n\n{BODY}");
        assert_eq!(
            kept(&text),
            [
                caption,
                BODY.split("\n\n").next().unwrap(),
                BODY.split("\n\n").nth(1).unwrap()
            ]
        );
        assert_eq!(removed_by(&text, Rule::Caption), ["MARIA LOPEZ / STAFF [Link]"]);
        // Sentences with "staff" or "photo" in them stay.
        let sentences = "The hospital said its staff worked through the night. Photo: the word was on the sign \
                         the reporters saw at the gate.\n\n\
                         A photo of the van was shared by police. Photo: Ann Park said she took it, and Image 2 of \
                         the series shows the driver.\n\n\
                         The school thanked its Staff and its volunteers.";
        let text = format!("{sentences}\n\n{BODY}");
        let expected: Vec<&str> = sentences.split("\n\n").chain(BODY.split("\n\n")).collect();
        assert_eq!(kept(&text), expected);
    }
    #[test]
    fn gallery_and_caption_chrome_goes_and_prose_about_captions_and_photos_stays() {
        let body: Vec<&str> = BODY.split("\n\n").collect();
        // A flattened gallery: each image's credit opens its doubled captions.
        let gallery = "Photo: Ann Park, Gazette Image 1 of / 2 Caption Close Image 1 of 2 Firefighters work at the \
                       warehouse on Friday. Firefighters work at the warehouse on Friday. Photo: Ann Park, Gazette \
                       Image 2 of 2 A crowd watches the smoke rise over the harbor. A crowd watches the smoke rise \
                       over the harbor.";
        let text = format!("{gallery}\n\n{BODY}");
        let fire = "Firefighters work at the warehouse on Friday.";
        let crowd = "A crowd watches the smoke rise over the harbor.";
        assert_eq!(
            kept(&text),
            [
                format!("{fire} {fire}"),
                format!("{crowd} {crowd}"),
                body[0].into(),
                body[1].into()
            ]
        );
        assert_eq!(
            removed_by(&text, Rule::Caption),
            [
                "Photo: Ann Park, Gazette Image 1 of / 2 Caption Close Image 1 of 2",
                "Photo: Ann Park, Gazette Image 2 of 2"
            ]
        );
        // A gallery of one image a line, each opening with its position.
        let text = format!("Image 1 of 3 {fire} (Ann Park) Image 2 of 3 {crowd}\n\n{BODY}");
        assert_eq!(
            kept(&text),
            [
                format!("{fire} (Ann Park)"),
                crowd.into(),
                body[0].into(),
                body[1].into()
            ]
        );
        // A gallery's hide buttons with their positions, at any length.
        let images = "Photos: Warehouse fire Warehouse fire – Firefighters work at the warehouse on Friday. Hide \
                      Caption 1 of 2 Photos: Warehouse fire Warehouse fire – A crowd watches the smoke rise over the \
                      harbor, where the fire burned for hours before crews from three towns could reach it and the \
                      harbor master closed the docks to all boats until the next morning, the mayor said in a long \
                      statement to reporters. Hide Caption 2 of 2";
        let text = format!("{images}\n\n{BODY}");
        assert_eq!(kept(&text), body);
        assert_eq!(removed_by(&text, Rule::Caption).len(), 2);
        // A caption's show/hide buttons: the photo title before them goes, the caption after them stays.
        let caption = "Ann Park, 41, was named fire chief on Friday.";
        let text = format!("Warehouse fire closes the harbor [ ] Hide Caption [ ] Show Caption {caption}\n\n{BODY}");
        assert_eq!(kept(&text), [caption, body[0], body[1]]);
        // A strip of other stories' video promos under a bare "Caption" label, the sentences around it staying.
        let promos = "Caption Bakery van crashes on Elm Street A van crashed into the bakery on Friday. A van crashed \
                      into the bakery on Friday. (Ann Park / Gazette) Caption Harbor closes after fire The harbor \
                      closed after a fire on Friday. The harbor closed after a fire on Friday.";
        let text = format!("{}\n\n{promos}\n\n{}", body[0], body[1]);
        assert_eq!(kept(&text), body);
        // Prose about captions, photos and images stays.
        let prose = "Caption contests drew hundreds of entries at the fair this year.\n\n\
                     The museum will Hide Caption cards from visitors while the photos are cleaned.\n\n\
                     Photos of the flood were shared by police, and the caption named the street.\n\n\
                     Image 2 of the report shows the bridge before the flood.";
        let text = format!("{prose}\n\n{BODY}");
        let expected: Vec<&str> = prose.split("\n\n").chain(BODY.split("\n\n")).collect();
        assert_eq!(kept(&text), expected);
    }
}
