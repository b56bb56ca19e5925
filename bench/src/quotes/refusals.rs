//! Why the tagger's cue detector refuses gold cues (`quotes --refusals`):
//! from `chorus_quotes::check_detector` on each part scored, what became
//! of every gold cue in the detector (same words, other bounds, refused
//! under the margin, never scored), whether the refused ones are single
//! words, the margins of refused and found gold cues beside those of the
//! other words scored, how often the head word of a gold cue is a cue
//! elsewhere in train (label ambiguity), and the detector's B/I/O
//! accuracy.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chorus_quotes::{CueOutcome, DetectorCheck, GoldCue, Usage};

/// The q-quantiles of some values (none when empty).
fn quantiles(values: &[f32], qs: &[f64]) -> Vec<Option<f32>> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f32::total_cmp);
    qs.iter()
        .map(|q| (!sorted.is_empty()).then(|| sorted[((sorted.len() - 1) as f64 * q).round() as usize]))
        .collect()
}

/// How often a word is a cue in train, as a bucket name.
fn ambiguity(usage: Usage) -> usize {
    if usage.total == 0 {
        0
    } else if usage.in_cue == 0 {
        1
    } else {
        let rate = usage.in_cue as f64 / usage.total as f64;
        if rate < 0.1 {
            2
        } else if rate < 0.5 {
            3
        } else {
            4
        }
    }
}

const AMBIGUITY: [&str; 5] = [
    "never seen in train",
    "seen, never a cue",
    "a cue in < 10 % of its uses",
    "10–50 %",
    "≥ 50 %",
];

fn share(count: usize, total: usize) -> String {
    format!("{count} ({:.0} %)", 100.0 * count as f64 / total.max(1) as f64)
}

/// The Markdown tables of the detector's checks, one row per part.
pub(crate) fn render(checks: &[(&str, DetectorCheck)]) -> String {
    let mut out = String::new();
    let Some((_, first)) = checks.first() else {
        return out;
    };
    let _ = writeln!(
        out,
        "Cue detector (`--refusals`): each gold cue (first annotator, within one sentence, a colon ending it left \
         out) as the detector alone reads it, with its margin {} (B score minus O score; train is in-sample). \
         \"refused\" cues had a word scored and none opening a cue; \"not by rules\" are those the rules did not \
         propose either, the detector's share of the misses in the table of causes.\n",
        first.cue_margin
    );
    let _ = writeln!(
        out,
        "| part | gold cues | same words | other bounds | refused | refused, not by rules | of those: one word | \
         several words | never scored |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    for (part, check) in checks {
        let n = check.gold.len();
        let count = |outcome: CueOutcome| check.gold.iter().filter(|cue| cue.outcome == outcome).count();
        let refused: Vec<&GoldCue> = check
            .gold
            .iter()
            .filter(|cue| cue.outcome == CueOutcome::Refused && !cue.by_rules)
            .collect();
        let single = refused.iter().filter(|cue| cue.words == 1).count();
        let _ = writeln!(
            out,
            "| {part} | {n} | {} | {} | {} | {} | {} | {} | {} |",
            share(count(CueOutcome::Exact), n),
            share(count(CueOutcome::Bounds), n),
            share(count(CueOutcome::Refused), n),
            share(refused.len(), n),
            share(single, refused.len()),
            share(refused.len() - single, refused.len()),
            share(count(CueOutcome::Unscored), n),
        );
    }
    out.push('\n');
    let qs = [0.1, 0.25, 0.5, 0.75, 0.9];
    let _ = writeln!(
        out,
        "| part | detector margins of | count | 10 % | 25 % | median | 75 % | 90 % |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    for (part, check) in checks {
        let margins = |keep: &dyn Fn(&GoldCue) -> bool| -> Vec<f32> {
            check
                .gold
                .iter()
                .filter(|cue| keep(cue))
                .filter_map(|cue| cue.margin)
                .collect()
        };
        let rows = [
            (
                "gold cues found (same words or other bounds)",
                margins(&|cue| matches!(cue.outcome, CueOutcome::Exact | CueOutcome::Bounds)),
            ),
            ("gold cues refused", margins(&|cue| cue.outcome == CueOutcome::Refused)),
            (
                "other words scored (no gold cue starts there)",
                check.other_margins.clone(),
            ),
        ];
        for (label, values) in rows {
            let cells: Vec<String> = quantiles(&values, &qs)
                .into_iter()
                .map(|q| q.map_or("–".to_string(), |q| format!("{q:.0}")))
                .collect();
            let _ = writeln!(out, "| {part} | {label} | {} | {} |", values.len(), cells.join(" | "));
        }
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "| part | gold cues | head word by | count | {} |\n| --- | --- | --- | ---: |{}",
        AMBIGUITY.join(" | "),
        " ---: |".repeat(AMBIGUITY.len())
    );
    for (part, check) in checks {
        let groups: [(&str, Box<dyn Fn(&GoldCue) -> bool>); 2] = [
            (
                "refused, not by rules",
                Box::new(|cue| cue.outcome == CueOutcome::Refused && !cue.by_rules),
            ),
            (
                "found by the detector",
                Box::new(|cue| matches!(cue.outcome, CueOutcome::Exact | CueOutcome::Bounds)),
            ),
        ];
        for (label, keep) in &groups {
            for (by, usage) in [
                ("form", (|cue: &GoldCue| cue.form_usage) as fn(&GoldCue) -> Usage),
                ("stem", |cue: &GoldCue| cue.stem_usage),
            ] {
                let cues: Vec<&GoldCue> = check.gold.iter().filter(|cue| keep(cue)).collect();
                let mut buckets = [0usize; 5];
                for cue in &cues {
                    buckets[ambiguity(usage(cue))] += 1;
                }
                let cells: Vec<String> = buckets.iter().map(|&b| share(b, cues.len())).collect();
                let _ = writeln!(
                    out,
                    "| {part} | {label} | {by} | {} | {} |",
                    cues.len(),
                    cells.join(" | ")
                );
            }
        }
    }
    out.push('\n');
    for (part, check) in checks {
        let mut refused: BTreeMap<&str, (usize, Usage)> = BTreeMap::new();
        for cue in check
            .gold
            .iter()
            .filter(|cue| cue.outcome == CueOutcome::Refused && !cue.by_rules)
        {
            let entry = refused.entry(cue.text.as_str()).or_insert((0, cue.form_usage));
            entry.0 += 1;
        }
        let mut commonest: Vec<_> = refused.into_iter().collect();
        commonest.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
        let listed: Vec<String> = commonest
            .iter()
            .take(12)
            .map(|(text, (n, usage))| {
                format!(
                    "{} ({n}; head a cue {} of {} times in train)",
                    text.replace('|', "/"),
                    usage.in_cue,
                    usage.total
                )
            })
            .collect();
        let c = &check.confusion;
        let total: usize = c.iter().flatten().sum();
        let right = c[0][0] + c[1][1] + c[2][2];
        let b_precision = c[1][1] as f64 / (c[0][1] + c[1][1] + c[2][1]).max(1) as f64;
        let b_recall = c[1][1] as f64 / (c[1][0] + c[1][1] + c[1][2]).max(1) as f64;
        let _ = writeln!(
            out,
            "{part}: the detector's B/I/O accuracy over the {total} words it scores or that lie in a gold or detected \
             cue is {:.3}; label B precision {b_precision:.3}, recall {b_recall:.3} (gold B read as O: {}, gold I \
             read as O: {}, gold O read as B: {}). Commonest refused gold cues the rules miss too: {}.\n",
            right as f64 / total.max(1) as f64,
            c[1][0],
            c[2][0],
            c[0][1],
            listed.join(", ")
        );
    }
    out
}
