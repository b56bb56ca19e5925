//! How much the residue rules remove, and whether what they remove is
//! residue, on data no one on the team wrote:
//!
//! * the `text` fields of the gun-violence corpus (raw scrapes): lines and
//!   characters removed per rule, and the cost of the cleanup;
//! * the DAniEL pages (HTML with a hand-cleaned reference text): token
//!   precision, recall and F1 of our text against the reference, per
//!   language, with and without the residue rules, and per rule how many of
//!   the removed lines were in the reference (likely false removals).
//!
//! ```text
//! cargo run --release -p chorus-extract --example residue_survey -- [gun|daniel|all] [--show RULE] [--corpora DIR]
//! ```
//!
//! `--show RULE` prints the lines that rule removed (on gun-violence, and on
//! DAniEL the removed lines found in the reference), to inspect them;
//! `--show doc=ID` prints each line of one DAniEL page with its verdict;
//! `--show kept-outside` prints the lines kept on DAniEL pages that are not
//! in the reference; `--show emptied` prints the texts the rules emptied entirely;
//! `--show edges` prints the first and last lines kept in every tenth
//! gun-violence text, where residue that got through would be.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chorus_extract::residue::{self, Rule};
use chorus_extract::{extract, html};
use chorus_model::{Body, RawArticle};

struct Options {
    which: String,
    show: Option<String>,
    corpora: PathBuf,
}

fn main() {
    let mut options = Options {
        which: "all".to_string(),
        show: None,
        corpora: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora"),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--show" => options.show = args.next(),
            "--corpora" => options.corpora = args.next().map(PathBuf::from).unwrap_or(options.corpora),
            "gun" | "daniel" | "all" => options.which = arg,
            other => {
                eprintln!("unknown argument {other:?}");
                std::process::exit(2);
            }
        }
    }
    if matches!(options.which.as_str(), "gun" | "all") {
        survey_gun_violence(&options);
    }
    if matches!(options.which.as_str(), "daniel" | "all") {
        survey_daniel(&options);
    }
}

/// Lines and characters removed, by rule.
#[derive(Default)]
struct RuleTally {
    lines: BTreeMap<Rule, usize>,
    chars: BTreeMap<Rule, usize>,
}

impl RuleTally {
    fn add(&mut self, rule: Rule, line: &str) {
        *self.lines.entry(rule).or_default() += 1;
        *self.chars.entry(rule).or_default() += line.chars().count();
    }

    fn print(&self, total_lines: usize, total_chars: usize) {
        println!("| rule | lines removed | % of lines | chars removed | % of chars |");
        println!("|---|---:|---:|---:|---:|");
        let mut sum_lines = 0;
        let mut sum_chars = 0;
        for rule in Rule::ALL {
            let lines = self.lines.get(&rule).copied().unwrap_or(0);
            let chars = self.chars.get(&rule).copied().unwrap_or(0);
            sum_lines += lines;
            sum_chars += chars;
            println!(
                "| {} | {lines} | {:.2} | {chars} | {:.2} |",
                rule.name(),
                percent(lines, total_lines),
                percent(chars, total_chars)
            );
        }
        println!(
            "| **all** | {sum_lines} | {:.2} | {sum_chars} | {:.2} |",
            percent(sum_lines, total_lines),
            percent(sum_chars, total_chars)
        );
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

fn survey_gun_violence(options: &Options) {
    let path = options.corpora.join("clustering/gun-violence.jsonl");
    let Ok(content) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {}", path.display());
        return;
    };
    let mut tally = RuleTally::default();
    let mut articles = 0;
    let mut total_lines = 0;
    let mut total_chars = 0;
    let mut total_bytes = 0;
    let mut elapsed = Duration::ZERO;
    let mut emptied = 0;
    for line in content.lines() {
        let Ok(record) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let text = record["text"].as_str().unwrap_or("");
        if text.trim().is_empty() {
            continue;
        }
        let id = record["id"].as_str().unwrap_or("?");
        if options.show.as_deref() == Some("titles") {
            let title = record["title"].as_str().map(str::to_string);
            let (article, _) = extract(RawArticle {
                input: format!("gun-violence.jsonl:{articles}"),
                id: Some(id.to_string()),
                url: record["url"].as_str().map(str::to_string),
                outlet: None,
                title: title.clone(),
                published: record["published"].as_str().map(str::to_string),
                language: None,
                captured: None,
                body: Body::Text(text.to_string()),
            });
            if let Some(article) = article {
                println!(
                    "[title] {:?} -> {:?} | outlet {:?}",
                    title.unwrap_or_default(),
                    article.title.unwrap_or_default(),
                    article.outlet.unwrap_or_default()
                );
            }
        }
        articles += 1;
        total_bytes += text.len();
        let start = Instant::now();
        let cleaned = residue::clean(text);
        elapsed += start.elapsed();
        total_lines += cleaned.paragraphs.len() + cleaned.removed.len();
        total_chars += cleaned
            .paragraphs
            .iter()
            .chain(cleaned.removed.iter().map(|r| &r.line))
            .map(|l| l.chars().count())
            .sum::<usize>();
        if cleaned.paragraphs.is_empty() {
            emptied += 1;
            if options.show.as_deref() == Some("emptied") {
                println!("## emptied {id}");
                for removed in &cleaned.removed {
                    println!("  [{}] {}", removed.rule.name(), clip(&removed.line, 140));
                }
            }
        }
        for removed in &cleaned.removed {
            tally.add(removed.rule, &removed.line);
            if options.show.as_deref() == Some(removed.rule.name()) {
                println!("[{}] {id}: {}", removed.rule.name(), clip(&removed.line, 160));
            }
        }
        if options.show.as_deref() == Some("edges") && articles % 10 == 0 {
            // What is left at both ends, where residue gathers.
            let kept = &cleaned.paragraphs;
            println!("## {id}");
            for line in kept.iter().take(2) {
                println!("  head| {}", clip(line, 140));
            }
            for line in kept.iter().skip(2.max(kept.len().saturating_sub(3))) {
                println!("  tail| {}", clip(line, 140));
            }
        }
    }
    println!("\n## gun-violence.jsonl: residue removed from {articles} non-empty texts\n");
    tally.print(total_lines, total_chars);
    println!("\ntexts left empty: {emptied}");
    // Timing: the best of five passes over all texts, cleanup only.
    let texts: Vec<String> = content
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|record| record["text"].as_str().map(str::to_string))
        .filter(|text| !text.trim().is_empty())
        .collect();
    let best = (0..5)
        .map(|_| {
            let start = Instant::now();
            for text in &texts {
                std::hint::black_box(residue::clean(text));
            }
            start.elapsed()
        })
        .min()
        .unwrap_or(elapsed);
    let per_article = best.as_secs_f64() * 1e6 / articles.max(1) as f64;
    let per_2kb = best.as_secs_f64() * 1e6 / (total_bytes as f64 / 2048.0).max(1.0);
    println!(
        "cleanup time (best of 5 passes): {:.1} µs per article (mean {} bytes), {:.1} µs per 2 KB, {:.0} articles/s on one core",
        per_article,
        total_bytes / articles.max(1),
        per_2kb,
        articles as f64 / best.as_secs_f64().max(1e-9)
    );
}

fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}

/// Precision, recall and F1 summed over documents, to average.
#[derive(Default, Clone, Copy)]
struct Scores {
    precision: f64,
    recall: f64,
    f1: f64,
    docs: usize,
}

impl Scores {
    fn add(&mut self, (precision, recall, f1): (f64, f64, f64)) {
        self.precision += precision;
        self.recall += recall;
        self.f1 += f1;
        self.docs += 1;
    }

    fn mean(&self) -> (f64, f64, f64) {
        let n = self.docs.max(1) as f64;
        (self.precision / n, self.recall / n, self.f1 / n)
    }
}

/// Likely false removals of one rule: removed lines of at least five
/// tokens, 80% of which are in the reference.
#[derive(Default)]
struct FalseRemovals {
    lines: usize,
    in_reference: usize,
}

fn survey_daniel(options: &Options) {
    let dir = options.corpora.join("extraction/daniel");
    let languages: HashMap<String, String> = std::fs::read_to_string(dir.join("doc_lg.json"))
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default();
    let mut docs: Vec<(&String, &String)> = languages.iter().collect();
    docs.sort();
    let mut without: BTreeMap<String, Scores> = BTreeMap::new();
    let mut with: BTreeMap<String, Scores> = BTreeMap::new();
    let mut tally = RuleTally::default();
    let mut false_removals: BTreeMap<Rule, FalseRemovals> = BTreeMap::new();
    let mut total_lines = 0;
    let mut total_chars = 0;
    let mut failures = 0;
    let mut elapsed = Duration::ZERO;
    let mut all_without = Scores::default();
    let mut all_with = Scores::default();
    for (doc, language) in docs {
        let Some(page_html) = read_gzip_html(&dir.join("html").join(format!("{doc}.html.gz"))) else {
            continue;
        };
        let Ok(reference_file) = std::fs::read_to_string(dir.join("reference").join(format!("{doc}.txt"))) else {
            continue;
        };
        let reference = reference_text(&reference_file);
        let reference_bag = bag(&reference);

        let start = Instant::now();
        let (article, _) = extract(RawArticle::new(doc.clone(), Body::Html(page_html.clone())));
        elapsed += start.elapsed();
        let page = html::read_page(&page_html, None);
        let title = article.as_ref().and_then(|a| a.title.clone()).unwrap_or_default();
        let raw_text = format!("{title}\n{}", page.text);
        let clean_text = article
            .as_ref()
            .map(|a| format!("{title}\n{}", a.text))
            .unwrap_or_default();
        if article.is_none() {
            failures += 1;
        }
        let before = overlap(&bag(&raw_text), &reference_bag);
        let after = overlap(&bag(&clean_text), &reference_bag);
        without.entry(language.clone()).or_default().add(before);
        with.entry(language.clone()).or_default().add(after);
        all_without.add(before);
        all_with.add(after);

        let cleaned = residue::clean(&page.text);
        if options.show.as_deref().and_then(|s| s.strip_prefix("doc=")) == Some(doc.as_str()) {
            for line in page.text.lines().filter(|l| !l.trim().is_empty()) {
                let line = chorus_extract::normalize::normalize_line(line);
                let verdict = cleaned
                    .removed
                    .iter()
                    .find(|r| r.line == line)
                    .map_or("kept", |r| r.rule.name());
                println!("[{verdict}] {}", clip(&line, 150));
            }
        }
        if options.show.as_deref() == Some("kept-outside") {
            // Kept lines that are not in the reference: residue that got
            // through, or reference omissions.
            for line in &cleaned.paragraphs {
                let tokens = words(line);
                let found = tokens.iter().filter(|t| reference_bag.contains_key(*t)).count();
                if !tokens.is_empty() && found * 5 < tokens.len() {
                    println!("[kept outside] {language} {doc}: {}", clip(line, 160));
                }
            }
        }
        total_lines += cleaned.paragraphs.len() + cleaned.removed.len();
        total_chars += page.text.chars().count();
        for removed in &cleaned.removed {
            tally.add(removed.rule, &removed.line);
            let tokens = words(&removed.line);
            let entry = false_removals.entry(removed.rule).or_default();
            entry.lines += 1;
            let found = tokens.iter().filter(|t| reference_bag.contains_key(*t)).count();
            if tokens.len() >= 5 && found * 10 >= tokens.len() * 8 {
                entry.in_reference += 1;
                if options.show.as_deref() == Some(removed.rule.name()) {
                    println!(
                        "[{} in reference] {doc}: {}",
                        removed.rule.name(),
                        clip(&removed.line, 160)
                    );
                }
            }
        }
    }
    println!("\n## DAniEL: token bag-of-words overlap with the reference (title + text), mean per document\n");
    println!("| language | docs | without rules P | R | F1 | with rules P | R | F1 | ΔF1 |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (language, scores) in &without {
        let cleaned = with.get(language).copied().unwrap_or_default();
        print_row(language, scores, &cleaned);
    }
    print_row("**all**", &all_without, &all_with);
    println!("\npages without any text after extraction: {failures}");
    println!(
        "extraction time (HTML parse + Readability + cleanup): {:.2} ms per page",
        elapsed.as_secs_f64() * 1e3 / all_with.docs.max(1) as f64
    );
    println!("\n### DAniEL: lines removed by the residue rules from Readability's text\n");
    tally.print(total_lines, total_chars);
    println!("\n| rule | removed lines ≥ 5 tokens, 80% in the reference (likely false removals) |");
    println!("|---|---:|");
    for rule in Rule::ALL {
        let entry = false_removals.get(&rule);
        println!(
            "| {} | {} of {} |",
            rule.name(),
            entry.map_or(0, |e| e.in_reference),
            entry.map_or(0, |e| e.lines)
        );
    }
}

fn print_row(language: &str, without: &Scores, with: &Scores) {
    let (p0, r0, f0) = without.mean();
    let (p1, r1, f1) = with.mean();
    println!(
        "| {language} | {} | {p0:.3} | {r0:.3} | {f0:.3} | {p1:.3} | {r1:.3} | {f1:.3} | {:+.3} |",
        without.docs,
        f1 - f0
    );
}

/// The page, decompressed and decoded with the charset it declares (UTF-8
/// when it declares none).
fn read_gzip_html(path: &Path) -> Option<String> {
    let file = std::fs::File::open(path).ok()?;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file).read_to_end(&mut bytes).ok()?;
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_lowercase();
    let label = head.find("charset=").map(|i| {
        head[i + 8..]
            .trim_start_matches(['"', '\''])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
            .collect::<String>()
    });
    let encoding = label
        .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()))
        .unwrap_or(encoding_rs::UTF_8);
    let (text, _, _) = encoding.decode(&bytes);
    Some(text.into_owned())
}

/// The reference's paragraphs (`<p>...</p>`), tags and entities removed.
fn reference_text(file: &str) -> String {
    let mut text = String::with_capacity(file.len());
    let mut in_tag = false;
    for c in file.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push('\n');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let mut cleaned = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find('&') {
        cleaned.push_str(&rest[..i]);
        let after = &rest[i..];
        match after.find(';') {
            Some(end) if end <= 8 && after[1..end].chars().all(|c| c.is_ascii_alphanumeric() || c == '#') => {
                cleaned.push(' ');
                rest = &after[end + 1..];
            }
            _ => {
                cleaned.push('&');
                rest = &after[1..];
            }
        }
    }
    cleaned.push_str(rest);
    cleaned
}

/// The `\w+` tokens of `text`, lower-cased.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn bag(text: &str) -> HashMap<String, usize> {
    let mut bag = HashMap::new();
    for word in words(text) {
        *bag.entry(word).or_insert(0) += 1;
    }
    bag
}

/// Precision, recall and F1 of the multiset `ours` against `truth`.
fn overlap(ours: &HashMap<String, usize>, truth: &HashMap<String, usize>) -> (f64, f64, f64) {
    let ours_total: usize = ours.values().sum();
    let truth_total: usize = truth.values().sum();
    let common: usize = ours
        .iter()
        .map(|(w, n)| (*n).min(truth.get(w).copied().unwrap_or(0)))
        .sum();
    let precision = if ours_total == 0 {
        0.0
    } else {
        common as f64 / ours_total as f64
    };
    let recall = if truth_total == 0 {
        0.0
    } else {
        common as f64 / truth_total as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (precision, recall, f1)
}
