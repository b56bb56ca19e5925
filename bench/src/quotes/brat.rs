//! Reading PolNeAR's brat standoff files: text-bound spans (`T`) and the
//! events (`E`) that tie a source, a cue and a content into one
//! attribution.
//!
//! Offsets are Unicode code points into the decoded text, end exclusive; a
//! span may be discontinuous (`start end;start end`). A line that does not
//! start with an id (`T12`, `E3`, `#1`) continues the covered text of the
//! entry before it, which is not needed here and is skipped.

use std::collections::HashMap;

/// A span of code points, possibly in several fragments, in text order.
pub type Fragments = Vec<(u32, u32)>;

/// One gold attribution.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoldAttribution {
    /// Who: absent for `Attribution-no-source`.
    pub source: Option<Fragments>,
    /// The cue.
    pub cue: Option<Fragments>,
    /// What was said.
    pub content: Option<Fragments>,
}

/// The attributions of one `.ann` file. Malformed lines are skipped and
/// counted.
pub fn parse(ann: &str) -> (Vec<GoldAttribution>, usize) {
    let mut spans: HashMap<&str, Fragments> = HashMap::new();
    let mut events: Vec<Vec<(&str, &str)>> = Vec::new();
    let mut malformed = 0;
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let id = fields.next().unwrap_or("");
        let is_id = id.len() > 1 && id[1..].bytes().all(|b| b.is_ascii_digit());
        if !is_id {
            continue;
        }
        let Some(body) = fields.next() else {
            malformed += 1;
            continue;
        };
        match id.as_bytes()[0] {
            b'T' => {
                let Some((_label, offsets)) = body.split_once(' ') else {
                    malformed += 1;
                    continue;
                };
                let mut fragments = Vec::new();
                for piece in offsets.split(';') {
                    let mut numbers = piece.split_whitespace().map(str::parse::<u32>);
                    match (numbers.next(), numbers.next()) {
                        (Some(Ok(start)), Some(Ok(end))) if start <= end => fragments.push((start, end)),
                        _ => {
                            malformed += 1;
                        }
                    }
                }
                fragments.sort_unstable();
                spans.insert(id, fragments);
            }
            b'E' => events.push(body.split_whitespace().filter_map(|arg| arg.split_once(':')).collect()),
            _ => {}
        }
    }
    let attributions = events
        .iter()
        .map(|arguments| {
            let mut attribution = GoldAttribution::default();
            for (role, target) in arguments {
                let Some(fragments) = spans.get(target).cloned() else {
                    continue;
                };
                match *role {
                    "Source" => attribution.source = Some(fragments),
                    "Cue" => attribution.cue = Some(fragments),
                    // A second content (`Content2`) joins the first.
                    role if role.starts_with("Content") => {
                        let content = attribution.content.get_or_insert_with(Vec::new);
                        content.extend(fragments);
                        content.sort_unstable();
                    }
                    _ => {}
                }
            }
            attribution
        })
        .collect();
    (attributions, malformed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_events_discontinuous_spans_and_continuations() {
        let ann = "T1\tSource 201 220\tO’Malley’s campaign\nT2\tCue 221 225\tsays\n\
                   T3\tContent 226 240;250 260\tit will shift\ncontinued text\nT4\tAttribution 221 225\tsays\n\
                   E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n#1\tAnnotatorNotes T3\tnote\n\
                   T5\tCue 300 310\taccording to\nT6\tContent 311 320\tx\nE2\tAttribution-no-source:T5 Cue:T5 Content:T6\n";
        let (gold, malformed) = parse(ann);
        assert_eq!(malformed, 0);
        assert_eq!(gold.len(), 2);
        assert_eq!(gold[0].source, Some(vec![(201, 220)]));
        assert_eq!(gold[0].content, Some(vec![(226, 240), (250, 260)]));
        assert_eq!(gold[1].source, None);
        assert_eq!(gold[1].cue, Some(vec![(300, 310)]));
    }
}
