//! The story level: figures of several articles about the same thing,
//! grouped even when the counted nouns differ, with their distinct values
//! and whether those disagree.
//!
//! What makes two figures about the same thing:
//!
//! * the same unit (none for counts, the currency, `%`);
//! * the same class of counted noun ("fighters", "mercenaries",
//!   "combatants", "Islamists", "proxies" are fighters; see
//!   `concepts`), or the same head noun for nouns outside the classes; a
//!   people noun ("nearly 1,000 Syrians") joins fighters or troops of the
//!   same nation ("300 Syrian combatants");
//! * nations that do not conflict: for fighters and troops, a count
//!   without a nation goes with any ("Syrian combatants", "Islamists from
//!   northern Syria", "mercenaries"); other people must name the same
//!   nation or none ("four Syrians" are not among "98 people");
//! * the same event, as the words near the figure say: killed, injured,
//!   shot (wounded or killed, unknown which), or anything else (sent,
//!   fighting, living…); a count of people, children or women with no
//!   event (a crowd, arrests, a family) groups only with the same value,
//!   and so disputes none;
//! * the same time: a figure in a sentence that names an earlier year or
//!   decade ("a war in the early 1990s that killed 30,000", "In 2018, 14
//!   people were shot" in 2019) is about past events, and one that counts
//!   the year so far ("52 people shot so far this year") is a total of many
//!   events: both stay apart from current ones (a past word in a relative
//!   clause the figure is outside of dates that clause only);
//! * the same place: tolls of two neighbourhoods the story names are two
//!   incidents;
//! * a plausible scale: values more than [`MAX_RATIO`] apart are about
//!   different things ("two fighters" quoted by Reuters are not an
//!   estimate of 4,000);
//! * within one article, two different death or injury tolls from the
//!   same source are different incidents, not a dispute;
//! * a part of a group ("three of the victims", "five of those killed",
//!   "the other two boys", a man counted beside others: "four women and
//!   one man") is no count of the group, and stays out;
//! * a count of the rest of something ("three other victims", "two more
//!   suspects", "five others") may be a whole count or a part, and disputes
//!   no other value.
//!
//! One sentence that gives two numbers of the same noun counts two things
//! ("222 Democrats voted for it and six Democrats against"): the two values
//! never dispute each other, and the one fewer articles give leaves the
//! group for a group of its own.
//!
//! Money and percentages with no counted noun are grouped by their
//! context: the same unit and at least [`MIN_SHARED_WORDS`] content words
//! in common near the figure.
//!
//! Each value and approximation is one [`FigureValue`] with its own text
//! and speaker ("nearly 1,000", "1,000" and "about a thousand" are three;
//! "Five people" and "5" one), with every occurrence that gave it.
//! A group is disputed when two of its values cannot both be true: the
//! values their words and rounding allow do not overlap. "at least 300" and
//! "more than 300" are 300 and over; "up to 20" 20 and under; "about 1,000"
//! a tenth either side, widened by a twentieth for rounding; "nearly
//! 1,000" as low but never over 1,000 ("nearly $1 trillion" and "$1.2
//! trillion" dispute); "hundreds" 200–900 widened by a twentieth; a plain
//! number its rounding ("1,000" 950–1,050, "1,040" 1,035–1,045, "3" 3).
//!
//! Groups kept: those with two values or more, and those with one value
//! reported by two articles or more; disputed groups first, then by the
//! number of articles, then by occurrences.

use std::collections::HashMap;

use chorus_model::{Approximation, Article, Span};
use chrono::Datelike;

use crate::concepts::{self, Class, Event};
use crate::lexicon::{
    self, Lang, UnitKind, AND, DETERMINER, DIRECTION, FROM, OF, ONE_ARTICLE, REMAINDER, STREET, WHOLE,
};
use crate::view::View;

/// Most times one value may be another's for both to be about one thing.
pub(crate) const MAX_RATIO: f64 = 50.0;

/// Content words two uncounted amounts must share to be compared.
pub(crate) const MIN_SHARED_WORDS: usize = 2;

/// Tokens on each side of a figure searched for its event.
const EVENT_WINDOW: usize = 12;

/// Tokens on each side of a figure whose words are its context.
const CONTEXT_WINDOW: usize = 8;

/// Figures of several articles about one thing.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryFigure {
    /// What is counted, for people: "Syrian fighters sent to Azerbaijan".
    pub about: String,
    /// The distinct values, from the lowest.
    pub values: Vec<FigureValue>,
    /// Whether the values disagree beyond rounding.
    pub disputed: bool,
}

/// One value of a [`StoryFigure`], with every figure that gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureValue {
    /// The value (middle of a range).
    pub value: f64,
    /// Low end of the range.
    pub low: f64,
    /// High end of the range.
    pub high: f64,
    /// Unit: a currency code, `%`, or `None` for counts.
    pub unit: Option<String>,
    /// The text of the first figure that gave it: "300 Syrian combatants".
    pub text: String,
    /// Who gave it, as the story names them, when known: the most frequent
    /// speaker among its occurrences.
    pub attributed_to: Option<String>,
    /// Every figure that gave it: (article index, figure index).
    pub occurrences: Vec<(usize, usize)>,
}

/// Group the figures of a story's articles (`members`, indices into
/// `articles`) by what they count. `speaker_name(article, entity)` gives the
/// story-level name of an article's entity, for attributions.
pub fn group_story(
    articles: &[Article],
    members: &[usize],
    speaker_name: &dyn Fn(usize, usize) -> Option<String>,
) -> Vec<StoryFigure> {
    let mut candidates = Vec::new();
    for &index in members {
        if let Some(article) = articles.get(index) {
            collect(article, index, speaker_name, &mut candidates);
        }
    }
    // A count's place is a neighbourhood the story names: "Four people were
    // killed in Fernwood" and "Five people were killed in the Roseland
    // neighborhood" are two incidents; a city, which holds neighbourhoods,
    // is no place of its own here.
    let neighbourhoods: Vec<String> = candidates
        .iter()
        .flat_map(|c| c.places.iter().filter(|p| p.1).map(|p| p.0.clone()))
        .collect();
    if !neighbourhoods.is_empty() {
        for c in &mut candidates {
            c.place = c
                .places
                .iter()
                .find(|p| neighbourhoods.contains(&p.0))
                .map(|p| p.0.clone());
        }
    }
    // Figures whose nation is known first, so that they found the groups
    // the others then join.
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&c| (candidates[c].nation.is_none(), c));
    let mut groups: Vec<Group> = Vec::new();
    for c in order {
        // A toll told with no place joins the incident of a neighbourhood
        // that gave the same value first, not another one's.
        let accepting = |g: &Group| g.accepts(&candidates[c], &candidates);
        let agreeing = |g: &Group| {
            g.members
                .iter()
                .any(|&m| candidates[m].place.is_some() && same_value(&candidates[m], &candidates[c]))
        };
        let home = groups
            .iter()
            .position(|g| agreeing(g) && accepting(g))
            .or_else(|| groups.iter().position(accepting));
        match home {
            Some(g) => groups[g].add(c, &candidates[c]),
            None => groups.push(Group::new(c, &candidates[c])),
        }
    }
    let mut story: Vec<(StoryFigure, usize, usize, (usize, usize))> =
        groups.iter().flat_map(|g| g.story_figures(&candidates)).collect();
    story.sort_by(|a, b| {
        (b.0.disputed, b.1, b.2)
            .cmp(&(a.0.disputed, a.1, a.2))
            .then(a.3.cmp(&b.3))
    });
    story.into_iter().map(|(figure, ..)| figure).collect()
}

/// What a figure is about, for comparison.
#[derive(Debug, Clone, PartialEq)]
enum Topic {
    /// A known class of counted noun.
    Class(Class),
    /// Another counted noun, by its lower-cased singular head.
    Noun(String),
    /// No counted noun: money or a percentage, by its context words.
    Context(Vec<String>),
}

/// A figure as the story level sees it.
#[derive(Debug, Clone)]
struct Candidate {
    article: usize,
    figure: usize,
    value: f64,
    low: f64,
    high: f64,
    approximation: Approximation,
    unit: Option<String>,
    topic: Topic,
    /// The singular of the counted noun's head word, when there is one.
    head: Option<String>,
    /// The first token of its sentence, which names the sentence within
    /// the article.
    sentence: usize,
    /// The counted noun is a people noun ("Syrians").
    people_noun: bool,
    nation: Option<usize>,
    event: Event,
    historical: bool,
    speaker: Option<String>,
    text: String,
    counted_text: Option<String>,
    moved: bool,
    destination: Option<String>,
    /// Its sentence says a count was corrected ("initially said …").
    revised: bool,
    /// It counts the rest of something ("three other victims").
    remainder: bool,
    /// The places its sentence names, the nearest first, each with whether
    /// a word calls it a neighbourhood.
    places: Vec<(String, bool)>,
    /// The place of its incident: the nearest place its sentence names that
    /// the story calls a neighbourhood (set by `group_story`).
    place: Option<String>,
    /// It counts generic people with no event ("200 people gathered") or
    /// the past: it groups only with the same value, and so disputes none.
    loose: bool,
}

/// Add the comparable figures of one article to `out`.
fn collect(
    article: &Article,
    index: usize,
    speaker_name: &dyn Fn(usize, usize) -> Option<String>,
    out: &mut Vec<Candidate>,
) {
    if article.figures.is_empty() {
        return;
    }
    let lang = Lang::of(article.language.as_deref());
    let table = lexicon::table(lang);
    // Only the sentences where figures start are read (the scan finds a
    // figure and its counted noun in one sentence), unless the latest year written
    // anywhere in the article stands for a missing publication date.
    let tokens = if article.published.is_some() {
        let holds_a_figure = |sentence: Span| {
            article
                .figures
                .iter()
                .any(|figure| sentence.start <= figure.span.start && figure.span.start < sentence.end)
        };
        chorus_text::TokenView::of_sentences(article, holds_a_figure)
    } else {
        chorus_text::TokenView::of(article)
    };
    let view = View::on_demand(&tokens, table);
    let reference_year = article.published.map(|p| p.year()).or_else(|| latest_year(&view));
    // The sentence last read, by its first token: figures come in text order.
    let mut sentence_read: Option<SentenceRead> = None;
    for (figure_index, figure) in article.figures.iter().enumerate() {
        let unit_kind = figure.unit.as_deref().map(|u| {
            if u == "%" || u == "pp" {
                UnitKind::Percent
            } else if u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()) {
                UnitKind::Currency
            } else {
                UnitKind::Measure
            }
        });
        if unit_kind == Some(UnitKind::Measure)
            || figure.value.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater)
            || !figure.value.is_finite()
        {
            continue;
        }
        let first = view.toks.partition_point(|t| t.span.start < figure.span.start);
        let last = view
            .toks
            .partition_point(|t| t.span.end <= figure.span.end)
            .saturating_sub(1)
            .max(first);
        let Some(sentence) = view.sentences.iter().find(|s| s.start <= first && first < s.end) else {
            continue;
        };
        let (start, end) = (sentence.start, sentence.end);
        if unit_kind.is_none() && is_partitive(&view, first, last, end) {
            continue;
        }

        let mut nation = None;
        let mut people_noun = false;
        let mut topic = None;
        let mut noun_event = Event::Other;
        let mut head_noun = None;
        if let Some(counted) = figure.counted {
            let a = view.toks.partition_point(|t| t.span.start < counted.start);
            let b = view
                .toks
                .partition_point(|t| t.span.end <= counted.end)
                .saturating_sub(1)
                .max(a);
            let head = if lang.head_first() { a } else { b };
            let head_word = view.word(head);
            let head_word = head_word.strip_prefix("d'").unwrap_or(head_word);
            head_noun = Some(singular(head_word));
            match concepts::class_of(head_word) {
                Some(noun) => {
                    topic = Some(Topic::Class(noun.class));
                    noun_event = noun.event;
                }
                None => topic = Some(Topic::Noun(singular(head_word))),
            }
            if let Some(n) = concepts::nation_noun(head_word) {
                nation = Some(n);
                people_noun = true;
            }
            for k in a..=b {
                if nation.is_none() && view.capitalized(k) {
                    nation = concepts::nation_of(view.word(k));
                }
            }
            if nation.is_none() {
                nation = origin_after(&view, b + 1, end);
            }
        }
        let moved = || (start..end).any(|k| concepts::is_movement(view.word(k)));
        // Victims no word near says anything of ("We have 21 victims", "a
        // total of 21 victims") may be a tally of several incidents, the
        // wounded or the dead: they corroborate the same value only.
        let mut unsaid_victims = false;
        let event = match noun_event {
            Event::Other => nearest_event(&view, first, last, start, end),
            // Victims are what the words near them say ("three victims were
            // shot"); victims taken somewhere ("six gunshot victims were
            // brought to the hospital") are alive, unless a killing word
            // says otherwise.
            Event::Killed if head_noun.as_deref().is_some_and(is_victim) => {
                match nearest_event(&view, first, last, start, end) {
                    Event::Other if moved() => Event::Injured,
                    Event::Other => {
                        unsaid_victims = true;
                        Event::Killed
                    }
                    event => event,
                }
            }
            event => event,
        };
        let topic = match topic {
            Some(topic) => topic,
            None if unit_kind.is_some() => Topic::Context(context_words(&view, first, last, start, end)),
            // "100 killed", "17 were injured": people.
            None if event != Event::Other && implicit_people(&view, last, end) => Topic::Class(Class::People),
            None => continue,
        };
        // A man among the people counted is a part of them: "Four women
        // and one man were shot".
        let generic_person = topic == Topic::Class(Class::People) && !people_noun && noun_event == Event::Other;
        if generic_person && figure.counted.is_some() && is_coordinated(&view, first, last, start, end) {
            continue;
        }
        // The rest of a count of the sentence with another event is the
        // whole count of its own: "one man dead and six others wounded".
        let remainder = is_remainder(&view, first, last, end)
            && !out
                .iter()
                .rev()
                .take_while(|o| o.article == index && o.sentence == start)
                .any(|o| o.event != event);
        if sentence_read.as_ref().map_or(true, |read| read.start != start) {
            sentence_read = Some(SentenceRead {
                start,
                past: past_words(&view, start, end, reference_year),
                several: is_several_incidents(&view, start, end),
                // Every word of a correction has seven letters or more.
                revised: (start..end).any(|k| view.raw(k).len() >= 7 && concepts::is_revision(view.word(k))),
                places: places_in(&view, start, end),
            });
        }
        let Some(read) = &sentence_read else {
            continue;
        };
        let revised = read.revised;
        let historical = read.several || read.past.iter().any(|&k| dates_figure(&view, k, first, start, end));
        // The places nearest the figure first.
        let mut places = read.places.clone();
        places.sort_by_key(|place| place.0.abs_diff(first));
        let moved = moved();
        // A count of people, children or women with no event (a crowd,
        // arrests, people at a scene, a family) says nothing comparable: it
        // joins only the same value.
        // A count of the past or of a period ("In 2018, 14 people were shot",
        // "24 homicides this year") is one of many periods, which another
        // such count does not dispute either.
        let loose = historical
            || unsaid_victims
            || (matches!(topic, Topic::Class(Class::People | Class::Children | Class::Women))
                && !people_noun
                && noun_event == Event::Other
                && event == Event::Other
                && !moved);
        let speaker = figure
            .attribution
            .and_then(|a| article.attributions.get(a))
            .and_then(|a| {
                a.who(
                    article,
                    a.speaker.and_then(|entity| speaker_name(index, entity)).as_deref(),
                )
            });
        out.push(Candidate {
            article: index,
            figure: figure_index,
            value: figure.value,
            low: figure.low,
            high: figure.high,
            approximation: figure.approximation,
            unit: figure.unit.clone(),
            topic,
            head: head_noun,
            sentence: start,
            people_noun,
            nation,
            event,
            historical,
            speaker,
            text: article.span_text(figure.span).to_string(),
            counted_text: figure.counted.map(|c| article.span_text(c).to_string()),
            moved,
            destination: if moved { destination(&view, last + 1, end) } else { None },
            revised,
            remainder,
            loose,
            places: places
                .into_iter()
                .map(|(_, name, neighbourhood)| (name, neighbourhood))
                .collect(),
            place: None,
        });
    }
}

/// What `collect` reads once per sentence.
struct SentenceRead {
    /// The sentence's first token.
    start: usize,
    /// The words that put a clause in the past or a period (`past_words`).
    past: Vec<usize>,
    /// It counts the victims of several incidents.
    several: bool,
    /// It says a count was corrected.
    revised: bool,
    /// The places it names (`places_in`).
    places: Vec<(usize, String, bool)>,
}

/// The places the sentence `start..end` names, each with its first token,
/// its lower-cased name and whether a word calls it a neighbourhood:
/// the capitalized words before "neighborhood" ("in the Roseland
/// neighborhood", "the West Garfield Park neighborhood") and after "in"
/// (and "the": "in Fernwood", "in the Far South Side").
fn places_in(view: &View, start: usize, end: usize) -> Vec<(usize, String, bool)> {
    let name = |from: usize, to: usize| (from..to).map(|j| view.word(j)).collect::<Vec<_>>().join(" ");
    let place_word = |j: usize| view.is_word(j) && view.capitalized(j) && !view.stop(j);
    let mut places = Vec::new();
    for k in start..end {
        match view.word(k) {
            "neighborhood" | "neighbourhood" => {
                let from = (k.saturating_sub(3).max(start)..k)
                    .rev()
                    .take_while(|&j| place_word(j))
                    .last();
                if let Some(from) = from {
                    places.push((from, name(from, k), true));
                }
            }
            "in" => {
                let from = if k + 1 < end && view.word(k + 1) == "the" {
                    k + 2
                } else {
                    k + 1
                };
                let to = (from..(from + 3).min(end)).take_while(|&j| place_word(j)).last();
                if let Some(to) = to {
                    places.push((from, name(from, to + 1), false));
                }
            }
            _ => {}
        }
    }
    places
}

/// A rough singular of a lower-cased noun, to compare heads.
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    match word.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') && stem.len() > 2 => stem.to_string(),
        _ => word.to_string(),
    }
}

/// Whether the figure whose tokens run from `first` to `last`, in a
/// sentence ending at token `end`, names a part of a group: a number, then
/// "of" and a determiner ("three of the victims", "five of those killed"),
/// unless "all" comes first ("all four of the victims"); or the rest of a
/// group named before ("the other two boys"; for "three other victims" see
/// [`is_remainder`]).
fn is_partitive(view: &View, first: usize, last: usize, end: usize) -> bool {
    if first > 0 && view.entry(first - 1).roles & WHOLE != 0 {
        return false;
    }
    if first > 1 && view.word(first - 1) == "other" && matches!(view.word(first - 2), "the" | "The") {
        return true;
    }
    (first + 1..(last + 2).min(end.saturating_sub(1))).any(|k| {
        let number = view.is_number(k - 1) || view.entry(k - 1).number > 0.0;
        number && view.entry(k).roles & OF != 0 && view.entry(k + 1).roles & DETERMINER != 0
    })
}

/// Whether the figure whose tokens run from `first` to `last`, in a
/// sentence ending at token `end`, counts the rest of something: "three
/// other victims", "two more suspects", "four others", "at least 10 more",
/// "another three people". It may be the whole count of what happened to
/// them ("five others died") or only a part ("four others were killed"
/// beside three victims named), so it disputes no other value, unless its
/// sentence gives a count of another event before it (see `collect`).
fn is_remainder(view: &View, first: usize, last: usize, end: usize) -> bool {
    let number = |k: usize| view.is_number(k) || view.entry(k).number > 0.0;
    (first > 0 && view.entry(first - 1).roles & REMAINDER != 0)
        || (first + 1..(last + 2).min(end)).any(|k| number(k - 1) && view.entry(k).roles & REMAINDER != 0)
}

/// Whether a count whose tokens run from `first` to `last` (its counted
/// noun included) is joined by "and" or a comma to another count of people
/// in the sentence `start..end`, and so names a part of the people counted
/// ("Four women and one man were shot", "two men and a woman", "4 Women, 1
/// Man"; not "armed with a shotgun and one person").
fn is_coordinated(view: &View, first: usize, last: usize, start: usize, end: usize) -> bool {
    let count = |k: usize| view.is_number(k) || view.entry(k).number > 0.0 || view.entry(k).roles & ONE_ARTICLE != 0;
    let joins = |k: usize| view.entry(k).roles & AND != 0 || view.word(k) == ",";
    let person = |k: usize| concepts::class_of(view.word(k)).is_some();
    let after = last + 3 < end && joins(last + 1) && count(last + 2) && (last + 3..(last + 5).min(end)).any(person);
    let before = first > start + 2
        && joins(first - 1)
        && person(first - 2)
        && (first.saturating_sub(5).max(start)..first - 2).any(count);
    after || before
}

/// Whether two figures are two numbers one sentence gives for the same
/// noun, and so count different things: not when the sentence corrects a
/// count ("police initially said three people were hurt, then four
/// people"), whose earlier and later values dispute each other.
fn siblings(a: &Candidate, b: &Candidate) -> bool {
    a.article == b.article && a.sentence == b.sentence && a.head.is_some() && a.head == b.head && !a.revised
}

/// The nation of "from (the) (northern) Syria" starting at token `at`.
fn origin_after(view: &View, at: usize, end: usize) -> Option<usize> {
    if at >= end || view.entry(at).roles & FROM == 0 {
        return None;
    }
    let mut k = at + 1;
    while k < end && k <= at + 3 {
        let roles = view.entry(k).roles;
        if roles & (DETERMINER | DIRECTION) != 0 {
            k += 1;
            continue;
        }
        return view.capitalized(k).then(|| concepts::nation_of(view.word(k))).flatten();
    }
    None
}

/// Whether a counted noun (singular) is a victim, whom a killing noun
/// names only when nothing says the victim lives.
fn is_victim(noun: &str) -> bool {
    matches!(noun, "victim" | "victime" | "opfer" | "víctima")
}

/// The event of the nearest killing, injury or shooting word within
/// [`EVENT_WINDOW`] tokens of the figure's tokens `first..=last` (see
/// [`event_at`]). A word after the figure that another number holds
/// (within two tokens before it: "six victims were brought in after five
/// others died", "3 people were taken to the hospital, where 1 died") or
/// another person ("arrested two people after a man was shot", "after he
/// was shot") is theirs, unless "and" joins the number to the figure
/// ("five children and three adults were killed"). Before the figure, a
/// word is another number's only when "and" joins the figure to that
/// number ("two were slain and five others were wounded"); otherwise it
/// may hold a whole the figure is part of: "claimed the lives of 98
/// people, including 81 fighters". A word after the figure in its own
/// clause wins over one before it in another clause ("One man is dead and
/// three others are injured").
fn nearest_event(view: &View, first: usize, last: usize, start: usize, end: usize) -> Event {
    let from = first.saturating_sub(EVENT_WINDOW).max(start);
    let to = (last + EVENT_WINDOW + 1).min(end);
    let is_number = |k: usize| view.is_number(k) || view.entry(k).number > 0.0;
    // A number joined to the figure by "and" shares its word: "five
    // children and three adults were killed".
    let coordinated = |n: usize| (last + 1..n).all(|j| matches!(view.word(j), "and" | "or" | "," | "&"));
    // Before a figure that "and" joins to a count before it, a word after
    // that count is the count's: "two people were slain and five others
    // were wounded".
    let joined_after_count = first > start && view.entry(first - 1).roles & AND != 0;
    // The word is a verb with an object, which it is about: "three men
    // entered and shot five people", "shot him", "shot at a man"; not
    // after an auxiliary ("were fatally shot").
    let auxiliary = |j: usize| {
        matches!(
            view.word(j),
            "was" | "is" | "were" | "are" | "got" | "had" | "has" | "been"
        )
    };
    let has_object = |k: usize| {
        let word = |i: usize| if k + i < end { view.word(k + i) } else { "" };
        let at = usize::from(word(1) == "at");
        let object = |i: usize| {
            k + i < end
                && (is_number(k + i)
                    || matches!(word(i), "him" | "her" | "them" | "himself" | "herself" | "themselves")
                    || (view.entry(k + i).roles & (DETERMINER | ONE_ARTICLE) != 0
                        && concepts::class_of(word(i + 1)).is_some()))
        };
        is_transitive(view.word(k)) && !(k.saturating_sub(2).max(start)..k).any(auxiliary) && object(1 + at)
    };
    // Someone else is the subject of the word: "a man was shot", "he had
    // been killed".
    let subject = |k: usize| {
        (k.saturating_sub(3).max(last + 1)..k.saturating_sub(1)).any(|j| {
            let person = matches!(view.word(j), "he" | "she")
                || (j > last + 1
                    && view.entry(j - 1).roles & (DETERMINER | ONE_ARTICLE) != 0
                    && concepts::class_of(view.word(j)).is_some());
            person && (j + 1..k).all(auxiliary)
        })
    };
    let held_by_other = |k: usize| {
        if k < first {
            return joined_after_count && (k.saturating_sub(6).max(start)..k).any(is_number);
        }
        k > last
            && ((k.saturating_sub(2).max(last + 1)..k).any(|n| is_number(n) && !coordinated(n))
                || subject(k)
                || has_object(k))
    };
    let mut before = None;
    let mut after = None;
    for k in from..to {
        let Some(event) = event_at(view, k, start, end) else {
            continue;
        };
        if held_by_other(k) {
            continue;
        }
        if k < first {
            before = Some((k, event));
        } else if after.is_none() {
            after = Some((k, event));
        }
    }
    // "and" after the figure may join another count to it ("three women
    // and a man injured"); before it, it starts the figure's clause.
    let breaks = |from: usize, to: usize, and: bool| {
        (from..to).any(|j| is_clause_break(view.word(j)) || (and && view.entry(j).roles & AND != 0))
    };
    match (before, after) {
        (Some((b, before)), Some((a, after))) => {
            let own_clause = a <= last || (!breaks(last + 1, a, false) && breaks(b + 1, first, true));
            // On a tie the word after wins: "four died and three were injured".
            if own_clause || a.saturating_sub(last) <= first - b {
                after
            } else {
                before
            }
        }
        (Some((_, event)), None) | (None, Some((_, event))) => event,
        (None, None) => Event::Other,
    }
}

/// Whether an English event word is a verb that takes an object ("shot
/// him", "killing two"), unlike "dead" or "died" ("1 Dead 1:29").
fn is_transitive(word: &str) -> bool {
    matches!(
        word,
        "shot"
            | "gunned"
            | "killed"
            | "kill"
            | "kills"
            | "killing"
            | "wounded"
            | "wounding"
            | "injured"
            | "injuring"
            | "hurt"
            | "murdered"
    )
}

/// Whether a word other than "and" ends a clause, for the events of the
/// figures around it.
fn is_clause_break(word: &str) -> bool {
    matches!(word, "but" | "while" | "," | ";" | ":")
}

/// The event the word at token `k` of the sentence `start..end` says, read
/// with its neighbours: "shot" is people shot, wounded or killed, unless
/// the words say which: killed in "shot dead", "shot (two men) to death", "fatally
/// shot", "shot and killed", "shot, killing"; injured in "shot and
/// wounded", "shot and critically injured". "fatally wounded" is killed.
/// "a shot" and "shot up" say nothing of people.
fn event_at(view: &View, k: usize, start: usize, end: usize) -> Option<Event> {
    let event = concepts::event_of(view.word(k))?;
    if event == Event::Killed {
        return Some(event);
    }
    if k > start && matches!(view.word(k - 1), "fatally" | "mortally") {
        return Some(Event::Killed);
    }
    if event != Event::Shot {
        return Some(event);
    }
    let next = |i: usize| if k + i < end { view.word(k + i) } else { "" };
    // A noun ("a shot", "the booster shot") or a rise ("shares shot up").
    if next(1) == "up" || (k > start && view.entry(k - 1).roles & (DETERMINER | ONE_ARTICLE) != 0) {
        return None;
    }
    let says = |i: usize| concepts::event_of(next(i)).filter(|&e| e != Event::Shot);
    let which = match next(1) {
        "dead" => Some(Event::Killed),
        // "shot to death", "shot two people to death".
        _ if (1..6).any(|i| next(i) == "to" && next(i + 1) == "death")
            && (1..6)
                .take_while(|&i| next(i) != "to")
                .all(|i| !is_clause_break(next(i)) && next(i) != "and") =>
        {
            Some(Event::Killed)
        }
        "and" | "," if next(2).len() > 4 && next(2).ends_with("ly") => says(3),
        "and" | "," => says(2),
        _ => None,
    };
    Some(which.unwrap_or(Event::Shot))
}

/// Whether the words right after a figure with no counted noun say what
/// happened to people: "100 killed", "17 were injured"; not after a comma,
/// which ends an age ("One man, 22, was shot").
fn implicit_people(view: &View, last: usize, end: usize) -> bool {
    last + 1 < end
        && view.word(last + 1) != ","
        && (last + 1..(last + 4).min(end)).any(|k| concepts::event_of(view.word(k)).is_some())
}

/// The content words near a figure, for comparing amounts with no counted
/// noun.
fn context_words(view: &View, first: usize, last: usize, start: usize, end: usize) -> Vec<String> {
    let from = first.saturating_sub(CONTEXT_WINDOW).max(start);
    let to = (last + CONTEXT_WINDOW + 1).min(end);
    let mut words: Vec<String> = (from..to)
        .filter(|&k| (k < first || k > last) && view.is_word(k) && !view.stop(k))
        .map(|k| singular(view.word(k)))
        .filter(|w| w.chars().count() > 2)
        .collect();
    words.sort();
    words.dedup();
    words
}

/// The latest year written in an article, as its reference when it has no
/// publication date.
fn latest_year(view: &View) -> Option<i32> {
    (0..view.toks.len()).filter_map(|k| year_at(view, k)).max()
}

/// A year at token `k`: four plain digits from 1800 to 2100, or a decade
/// ("1990s"); not a block's number ("the 1800 block of West 63rd Street").
fn year_at(view: &View, k: usize) -> Option<i32> {
    let raw = view.raw(k);
    let digits = raw.strip_suffix('s').unwrap_or(raw);
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) || view.word(k + 1) == "block" {
        return None;
    }
    digits.parse().ok().filter(|y| (1800..=2100).contains(y))
}

/// The first tokens of the words of the sentence `start..end` that put a
/// clause in the past or a period's total, not the story's events: a year
/// before the one before `reference`, or the year before alone, outside a
/// date ("In 2018, 14 people were shot"; not "Dec. 31, 2018"); "last year"
/// or "a year ago"; or the year so far ("this year", "so far in 2019",
/// "since January", "year to date", "as of May 9"), whose totals are no
/// count of one incident.
fn past_words(view: &View, start: usize, end: usize, reference: Option<i32>) -> Vec<usize> {
    // Each word once, lower-cased, without a possessive ("last year's";
    // `View::word` folds a typographic apostrophe to "'").
    let word = |k: usize| {
        let word = if k < end { view.word(k) } else { "" };
        word.strip_suffix("'s").unwrap_or(word)
    };
    let mut words: Vec<usize> = (start..end)
        .filter(|&k| match view.word(k) {
            "last" | "previous" | "this" => word(k + 1) == "year",
            "year" => matches!(word(k + 1), "ago" | "earlier") || (word(k + 1) == "to" && word(k + 2) == "date"),
            "year-to-date" => true,
            "since" => matches!(word(k + 1), "january" | "jan"),
            "so" => word(k + 1) == "far" && word(k + 2) == "in" && k + 3 < end && year_at(view, k + 3).is_some(),
            "as" => word(k + 1) == "of" && is_month(word(k + 2)),
            _ => false,
        })
        .collect();
    let Some(reference) = reference else {
        return words;
    };
    // A year in a date: after a month ("May 2018", "Dec. 2018") or a day
    // ("Dec. 31, 2018").
    let in_date = |k: usize| {
        let mut j = k;
        if j > start && view.raw(j - 1) == "," {
            j -= 1;
        }
        j > start && {
            let before = view.raw(j - 1).trim_end_matches('.');
            let day = before.len() <= 2 && before.bytes().all(|b| b.is_ascii_digit());
            day || is_month(before)
        }
    };
    words.extend((start..end).filter(|&k| {
        year_at(view, k).is_some_and(|year| year < reference - 1 || (year == reference - 1 && !in_date(k)))
    }));
    words
}

/// Whether the past word at token `k` dates the figure starting at token
/// `first` of the sentence `start..end`: not when the word is in a relative
/// clause ("who", "which", "whom", "whose", "where", or "that" before an
/// auxiliary or a past tense, up to the next comma, semicolon, colon or
/// dash) the figure is outside of: "The gunman, who bought the pistol last
/// year, killed two people", "two were killed on a block that was the scene
/// of a shooting a year earlier"; not "said that there was …", "in that area".
fn dates_figure(view: &View, k: usize, first: usize, start: usize, end: usize) -> bool {
    let ends_clause = |j: usize| matches!(view.word(j), "," | ";" | ":" | "\u{2014}" | "--" | "(" | ")");
    let relative_pronoun = |j: usize| match view.word(j) {
        "who" | "whom" | "whose" | "which" | "where" => true,
        "that" => {
            let next = view.word(j + 1);
            matches!(
                next,
                "is" | "was" | "were" | "are" | "has" | "had" | "have" | "will" | "would"
            ) || (next.len() > 4 && next.ends_with("ed"))
        }
        _ => false,
    };
    let Some(relative) = (start..k)
        .rev()
        .take_while(|&j| !ends_clause(j))
        .find(|&j| relative_pronoun(j))
    else {
        return true;
    };
    let clause_end = (k..end).find(|&j| ends_clause(j)).unwrap_or(end);
    relative < first && first < clause_end
}

/// Whether the sentence `start..end` counts the victims of several
/// incidents ("wounded in shootings across the city", "in three separate
/// shootings", "17 shootings", "a series of weekend shootings",
/// "citywide"): a total that is no count of one incident, like a period's.
/// A street across which a gunman fired is no such place ("across Main
/// Street").
fn is_several_incidents(view: &View, start: usize, end: usize) -> bool {
    (start..end).any(|k| {
        let next = if k + 1 < end { view.word(k + 1) } else { "" };
        match view.word(k) {
            "citywide" | "city-wide" => true,
            "across" => {
                let street = (k + 1..end)
                    .take_while(|&j| view.capitalized(j))
                    .any(|j| view.entry(j).roles & STREET != 0);
                matches!(next, "the")
                    && k + 2 < end
                    && matches!(view.word(k + 2), "city" | "country" | "state" | "county")
                    || (k + 1 < end && view.capitalized(k + 1) && concepts::nation_of(next).is_none() && !street)
            }
            "shootings" => {
                k > start && {
                    let before = view.word(k - 1);
                    matches!(before, "in" | "separate" | "multiple" | "several" | "weekend")
                        || view.is_number(k - 1)
                        || view.entry(k - 1).number > 1.0
                }
            }
            _ => false,
        }
    })
}

/// Whether a word is an English month's name or its abbreviation ("Dec",
/// "Sept"), in any case.
fn is_month(word: &str) -> bool {
    chorus_text::is_english_month(word)
        || ((3..=4).contains(&word.len())
            && chorus_text::ENGLISH_MONTHS
                .iter()
                .any(|m| m.len() > word.len() && m.get(..word.len()).is_some_and(|p| p.eq_ignore_ascii_case(word))))
}

/// Where people were sent: the capitalized words after "to" (and "the")
/// following the figure: "sent to Azerbaijan", "to the South Caucasus".
fn destination(view: &View, from: usize, end: usize) -> Option<String> {
    let mut k = from;
    while k < end {
        if view.word(k) == "to" {
            let mut first = k + 1;
            if view.word(first) == "the" {
                first += 1;
            }
            let mut last = first;
            while last < end && last < first + 3 && view.is_word(last) && view.capitalized(last) {
                last += 1;
            }
            if last > first {
                let span = view.span(first, last - 1);
                return view
                    .text
                    .get(span.start as usize..span.end as usize)
                    .map(str::to_string);
            }
        }
        k += 1;
    }
    None
}

/// Whether two values agree within rounding: they differ by at most a
/// tenth, and are equal once rounded to the coarser of their precisions
/// (980 and 1,000 agree; 300 and 350 do not).
pub(crate) fn agree(a: f64, b: f64) -> bool {
    let largest = a.abs().max(b.abs());
    if largest == 0.0 {
        return true;
    }
    if (a - b).abs() > 0.1 * largest {
        return false;
    }
    let precision = precision(a).max(precision(b));
    (a / precision).round() == (b / precision).round()
}

/// The precision a number is written with: 1,000 → 1,000; 300 → 100; 98
/// → 1; 2.5 → 0.1.
fn precision(x: f64) -> f64 {
    let rounded = x.abs().round();
    if (x.abs() - rounded).abs() > 1e-9 || rounded == 0.0 {
        return 0.1;
    }
    let mut p = 1.0;
    while p < 1e15 && (rounded / (p * 10.0)).fract() == 0.0 {
        p *= 10.0;
    }
    p
}

/// How a value bounds the truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    /// One value, exact or about.
    Point,
    /// A lower bound.
    AtLeast,
    /// An upper bound.
    AtMost,
    /// A range, vague or written.
    Range,
}

fn bound(c: &Candidate) -> Bound {
    match c.approximation {
        Approximation::AtLeast => Bound::AtLeast,
        Approximation::AtMost => Bound::AtMost,
        Approximation::Vague => Bound::Range,
        _ if c.low < c.high => Bound::Range,
        _ => Bound::Point,
    }
}

/// Whether two figures give the same value: they bound it the same way,
/// agree within rounding, and allow a value in common ("nearly 1,000" and
/// "1,040" do not).
fn same_value(a: &Candidate, b: &Candidate) -> bool {
    let kind = bound(a);
    if kind != bound(b) {
        return false;
    }
    match kind {
        Bound::Range => agree(a.low, b.low) && agree(a.high, b.high),
        _ => agree(a.value, b.value) && !disagree(a, b),
    }
}

/// Whether two figures give one value with the same approximation ("about
/// 1,040" twice, "Five people" and "5"), which one text and speaker stand
/// for; "nearly 1,000", "1,000" and "about 1,040" are each listed apart.
fn same_wording(a: &Candidate, b: &Candidate) -> bool {
    let equal = |x: f64, y: f64| (x - y).abs() <= 1e-9 * x.abs().max(y.abs());
    a.approximation == b.approximation && equal(a.value, b.value) && equal(a.low, b.low) && equal(a.high, b.high)
}

/// How far an approximation reaches on either side of its value.
const APPROXIMATE: f64 = 0.1;

/// How far a rounded amount or a vague one may be from what it stands for.
const ROUNDED: f64 = 0.05;

/// How much a number written as `x` may have been rounded on each side:
/// half its last written digit, at most [`ROUNDED`] of it ("1,000" may be
/// 950 to 1,050, "1,040" 1,035 to 1,045, "2.5" 2.45 to 2.55).
fn rounding(x: f64) -> f64 {
    // Open at its ends: "10" (9.5 to 10.5) and "11" (10.5 to 11.5) share
    // no value.
    (precision(x) / 2.0).min(ROUNDED * x.abs()) * (1.0 - 1e-9)
}

/// The values a figure allows, as its words bound them and rounding widens
/// them. "about 1,000": [`APPROXIMATE`] either side, and as much again
/// rounded (855 to 1,155); "nearly 1,000": as low, but never over 1,000;
/// "at least 300", "more than 300": 300 and over; "up to 20", "less than
/// 20": 20 and under; "hundreds": 200 to 900 widened by [`ROUNDED`]; "1,040"
/// and "$1,500 to $2,000": their [`rounding`].
fn interval(c: &Candidate) -> (f64, f64) {
    let (under, over) = (
        (1.0 - APPROXIMATE) * (1.0 - ROUNDED),
        (1.0 + APPROXIMATE) * (1.0 + ROUNDED),
    );
    match c.approximation {
        Approximation::AtLeast => (c.value, f64::INFINITY),
        Approximation::AtMost => (0.0, c.value),
        Approximation::About => (under * c.value, over * c.value),
        Approximation::Nearly => (under * c.value, c.value),
        Approximation::Vague => ((1.0 - ROUNDED) * c.low, (1.0 + ROUNDED) * c.high),
        Approximation::Exact => (c.low - rounding(c.low), c.high + rounding(c.high)),
    }
}

/// Whether two figures cannot both be true: the values they allow have
/// none in common.
fn disagree(a: &Candidate, b: &Candidate) -> bool {
    let (a_low, a_high) = interval(a);
    let (b_low, b_high) = interval(b);
    a_low > b_high || b_low > a_high
}

/// A group of candidates about one thing.
struct Group {
    members: Vec<usize>,
    topic: Topic,
    unit: Option<String>,
    event: Event,
    historical: bool,
    nation: Option<usize>,
    /// Every people-class member is a people noun of the group's nation.
    people_are_nationals: bool,
    /// Its members count generic people with no event or the past, all of
    /// one value.
    loose: bool,
    min: f64,
    max: f64,
}

impl Group {
    fn new(c: usize, candidate: &Candidate) -> Group {
        Group {
            members: vec![c],
            topic: candidate.topic.clone(),
            unit: candidate.unit.clone(),
            event: candidate.event,
            historical: candidate.historical,
            nation: candidate.nation,
            people_are_nationals: candidate.topic != Topic::Class(Class::People) || candidate.people_noun,
            loose: candidate.loose,
            min: candidate.value,
            max: candidate.value,
        }
    }

    fn accepts(&self, c: &Candidate, all: &[Candidate]) -> bool {
        if self.unit != c.unit || self.event != c.event || self.historical != c.historical || self.loose != c.loose {
            return false;
        }
        if self.loose && self.members.iter().any(|&m| !same_value(&all[m], c)) {
            return false;
        }
        // Armed groups are described with or without their origin ("Syrian
        // mercenaries", "mercenaries"); other people are different people
        // when one count names a nation and the other none ("four Syrians",
        // "98 people").
        let armed = |topic: &Topic| matches!(topic, Topic::Class(Class::Fighters | Class::Troops));
        let nations_match = match (self.nation, c.nation) {
            (Some(a), Some(b)) => a == b,
            (None, None) => true,
            _ => armed(&self.topic) || armed(&c.topic),
        };
        if !nations_match {
            return false;
        }
        if c.value * MAX_RATIO < self.max || self.min * MAX_RATIO < c.value {
            return false;
        }
        let topic = match (&self.topic, &c.topic) {
            (Topic::Class(a), Topic::Class(b)) if a == b => true,
            (Topic::Class(group), Topic::Class(Class::People)) => {
                matches!(group, Class::Fighters | Class::Troops)
                    && c.people_noun
                    && self.nation.is_some()
                    && self.nation == c.nation
            }
            (Topic::Class(Class::People), Topic::Class(Class::Fighters | Class::Troops)) => {
                self.people_are_nationals && self.nation.is_some() && self.nation == c.nation
            }
            (Topic::Noun(a), Topic::Noun(b)) => a == b,
            (Topic::Context(_), Topic::Context(words)) => self.members.iter().any(|&m| match &all[m].topic {
                Topic::Context(theirs) => {
                    words.iter().filter(|w| theirs.binary_search(w).is_ok()).count() >= MIN_SHARED_WORDS
                }
                _ => false,
            }),
            _ => false,
        };
        if !topic {
            return false;
        }
        // Two tolls from one source in one article are two incidents,
        // unless one sentence corrects one with the other; so are two tolls
        // of different neighbourhoods.
        let incidents = self.event != Event::Other || matches!(self.topic, Topic::Context(_));
        let conflict = incidents
            && self.members.iter().any(|&m| {
                let other = &all[m];
                let one_source = other.article == c.article
                    && !(other.sentence == c.sentence && c.revised)
                    && other.speaker == c.speaker
                    && other.approximation != Approximation::Vague
                    && c.approximation != Approximation::Vague;
                let elsewhere = other.place.is_some() && c.place.is_some() && other.place != c.place;
                (one_source || elsewhere) && !same_value(other, c)
            });
        !conflict
    }

    fn add(&mut self, c: usize, candidate: &Candidate) {
        self.members.push(c);
        self.min = self.min.min(candidate.value);
        self.max = self.max.max(candidate.value);
        if self.nation.is_none() {
            self.nation = candidate.nation;
        }
        if let (Topic::Class(Class::People), Topic::Class(class @ (Class::Fighters | Class::Troops))) =
            (&self.topic, &candidate.topic)
        {
            self.topic = Topic::Class(*class);
        }
        if candidate.topic == Topic::Class(Class::People) && !candidate.people_noun {
            self.people_are_nationals = false;
        }
    }

    /// The story figures of the group, each with its number of articles,
    /// occurrences and first occurrence, when worth showing: one, or two
    /// when a sentence gives a value the group's more reported value for
    /// the same noun (the less reported one counts something else).
    fn story_figures(&self, all: &[Candidate]) -> Vec<(StoryFigure, usize, usize, (usize, usize))> {
        let mut members = self.members.clone();
        members.sort_by_key(|&m| (all[m].article, all[m].figure));
        let mut values: Vec<(usize, Vec<usize>)> = Vec::new();
        for &m in &members {
            match values.iter_mut().find(|(rep, _)| same_wording(&all[*rep], &all[m])) {
                Some((_, occurrences)) => occurrences.push(m),
                None => values.push((m, vec![m])),
            }
        }
        let articles_of = |occurrences: &[usize]| {
            let mut articles: Vec<usize> = occurrences.iter().map(|&o| all[o].article).collect();
            articles.sort_unstable();
            articles.dedup();
            articles.len()
        };
        // The articles that give a value, in any wording that agrees with it
        // ("120 crossings", "about 120 crossings").
        let counts: Vec<usize> = values
            .iter()
            .map(|(rep, _)| {
                let agreeing: Vec<usize> = values
                    .iter()
                    .filter(|(other, _)| same_value(&all[*rep], &all[*other]))
                    .flat_map(|(_, occurrences)| occurrences.iter().copied())
                    .collect();
                articles_of(&agreeing)
            })
            .collect();
        let moved: Vec<bool> = (0..values.len())
            .map(|i| {
                (0..values.len()).any(|j| counts[j] > counts[i] && sibling_values(&values[i].1, &values[j].1, all))
            })
            .collect();
        let (apart, kept): (Vec<_>, Vec<_>) = values.into_iter().zip(moved).partition(|(_, moved)| *moved);
        [kept, apart]
            .into_iter()
            .filter_map(|part| {
                let values: Vec<(usize, Vec<usize>)> = part.into_iter().map(|(value, _)| value).collect();
                self.story_figure(&values, all)
            })
            .collect()
    }

    /// The story figure of some of the group's values (each a
    /// representative and its occurrences), when worth showing.
    fn story_figure(
        &self,
        values: &[(usize, Vec<usize>)],
        all: &[Candidate],
    ) -> Option<(StoryFigure, usize, usize, (usize, usize))> {
        let mut members: Vec<usize> = values
            .iter()
            .flat_map(|(_, occurrences)| occurrences.iter().copied())
            .collect();
        members.sort_by_key(|&m| (all[m].article, all[m].figure));
        let mut articles: Vec<usize> = members.iter().map(|&m| all[m].article).collect();
        articles.sort_unstable();
        articles.dedup();
        // One article's wordings of one value ("about 20,000 people",
        // "20,000 plus people") are not worth showing alone.
        let one_value = values.iter().all(|(a, _)| same_value(&all[values[0].0], &all[*a]));
        if one_value && articles.len() < 2 {
            return None;
        }
        let remainder = |occurrences: &[usize]| occurrences.iter().all(|&o| all[o].remainder);
        let disputed = values.iter().enumerate().any(|(i, (a, theirs))| {
            !remainder(theirs)
                && values[i + 1..].iter().any(|(b, others)| {
                    disagree(&all[*a], &all[*b]) && !remainder(others) && !sibling_values(theirs, others, all)
                })
        });
        let about = self.about(&members, all)?;
        let mut figure_values: Vec<FigureValue> = values
            .iter()
            .map(|(rep, occurrences)| {
                let rep = &all[*rep];
                FigureValue {
                    value: rep.value,
                    low: rep.low,
                    high: rep.high,
                    unit: rep.unit.clone(),
                    text: rep.text.clone(),
                    attributed_to: most_common(occurrences.iter().filter_map(|&o| all[o].speaker.clone())),
                    occurrences: occurrences.iter().map(|&o| (all[o].article, all[o].figure)).collect(),
                }
            })
            .collect();
        figure_values.sort_by(|a, b| {
            a.value
                .total_cmp(&b.value)
                .then(a.low.total_cmp(&b.low))
                .then(a.high.total_cmp(&b.high))
        });
        let first = members.first().map_or((0, 0), |&m| (all[m].article, all[m].figure));
        let figure = StoryFigure {
            about,
            values: figure_values,
            disputed,
        };
        Some((figure, articles.len(), members.len(), first))
    }

    /// A readable description of what the group counts.
    fn about(&self, members: &[usize], all: &[Candidate]) -> Option<String> {
        let nation = self.nation.map(concepts::nation_adjective).unwrap_or("");
        let mut about = match &self.topic {
            Topic::Class(class) => format!("{nation} {}", class.display()).trim().to_string(),
            Topic::Noun(_) => most_common(members.iter().filter_map(|&m| all[m].counted_text.clone()))?,
            Topic::Context(words) => {
                let shared: Vec<&str> = words
                    .iter()
                    .filter(|w| {
                        members
                            .iter()
                            .filter(|&&m| match &all[m].topic {
                                Topic::Context(theirs) => theirs.contains(w),
                                _ => false,
                            })
                            .count()
                            >= 2
                    })
                    .map(String::as_str)
                    .take(3)
                    .collect();
                let unit = self.unit.as_deref().unwrap_or("");
                let what = if unit == "%" || unit == "pp" {
                    "percentages".to_string()
                } else {
                    format!("amounts in {unit}")
                };
                if shared.is_empty() {
                    what
                } else {
                    format!("{what} ({})", shared.join(", "))
                }
            }
        };
        match self.event {
            Event::Killed => about.push_str(" killed"),
            Event::Injured => about.push_str(" injured"),
            Event::Shot => about.push_str(" shot"),
            Event::Other => {
                let moved = members.iter().any(|&m| all[m].moved);
                if let Some(place) = most_common(members.iter().filter_map(|&m| all[m].destination.clone())) {
                    if moved {
                        about.push_str(" sent to ");
                        about.push_str(&place);
                    }
                }
            }
        }
        Some(about)
    }
}

/// Whether two values of a group (their occurrences) are given by one
/// sentence for the same noun.
fn sibling_values(a: &[usize], b: &[usize], all: &[Candidate]) -> bool {
    a.iter().any(|&x| b.iter().any(|&y| siblings(&all[x], &all[y])))
}

/// The most frequent of some strings, the first one on ties.
fn most_common(items: impl Iterator<Item = String>) -> Option<String> {
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    for (position, item) in items.enumerate() {
        counts.entry(item).or_insert((0, position)).0 += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
        .map(|(item, _)| item)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding() {
        assert!(agree(1000.0, 1000.0));
        assert!(agree(980.0, 1000.0));
        assert!(agree(98.0, 100.0));
        assert!(agree(300.0, 320.0));
        assert!(!agree(300.0, 350.0));
        assert!(!agree(1500.0, 2000.0));
        assert!(!agree(300.0, 1000.0));
        assert!(agree(2.5, 2.5));
        assert_eq!(precision(4000.0), 1000.0);
        assert_eq!(precision(2300.0), 100.0);
        assert_eq!(precision(98.0), 1.0);
    }
}
