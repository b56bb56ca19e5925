//! The `word-clusters` task: clusters the frequent words of unlabeled news
//! text by the words around them, for the features of chorus-quotes'
//! tagger, and writes them where the crate ships them
//! (`crates/quotes/model/clusters.bin`).
//!
//! Text: the article texts of `clustering/gun-violence.jsonl`,
//! `summarization/neus.jsonl`, `timelines/t17/*/articles.json` and PolNeAR
//! train (never PolNeAR dev). Each word (tokens of `chorus_text`, folded as
//! the tagger reads them) is a vector of the tokens right before and right
//! after it (the most frequent tokens, each side its own dimensions), as
//! square roots of their shares, so vectors have unit length and the dot
//! product compares them. The words are split in two by spherical 2-means,
//! each half again, to a fixed depth: a word's code is its path. Every step
//! is in a fixed order, so the same text gives the same file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use chorus_model::{Article, TokenKind};
use chorus_quotes::{word_key, Clusters, CLUSTER_DEPTH};

use crate::workspace_root;

/// The task's options, for the usage message.
pub const USAGE: &str = "\
word-clusters options:
  --corpora PATH     the corpora folder (default: ../shared/corpora beside the workspace)
  --out PATH         where to write the clusters (default: crates/quotes/model/clusters.bin)
  --words N          how many of the most frequent words to cluster (default: 20000)
  --contexts N       how many of the most frequent tokens are context dimensions, each side (default: 800)";

/// Fewest occurrences of a clustered word.
const MIN_COUNT: usize = 5;

/// Passes of 2-means at each split.
const PASSES: usize = 8;

struct Args {
    corpora: PathBuf,
    out: PathBuf,
    words: usize,
    contexts: usize,
}

fn parse(args: &[String]) -> Result<Args> {
    let workspace = workspace_root();
    let flags = crate::args::parse("word-clusters", args, &["corpora", "out", "words", "contexts"], USAGE)?;
    let path = |name: &str, default: &str| flags.get(name).map_or_else(|| workspace.join(default), PathBuf::from);
    Ok(Args {
        corpora: path("corpora", "../shared/corpora"),
        out: path("out", "crates/quotes/model/clusters.bin"),
        words: crate::args::number("word-clusters", &flags, "words", 20_000)?,
        contexts: crate::args::number("word-clusters", &flags, "contexts", 800)?,
    })
}

/// Run the task with the arguments after its name.
pub fn main(args: &[String]) -> Result<()> {
    let args = parse(args)?;
    let texts = read_texts(&args.corpora)?;
    eprintln!(
        "word-clusters: {} texts, {} MB",
        texts.len(),
        texts.iter().map(String::len).sum::<usize>() / 1_000_000
    );
    // Each text as its tokens, numbered by folded form in order of first sight.
    let mut ids: HashMap<u64, u32> = HashMap::new();
    let mut forms: Vec<String> = Vec::new();
    let mut documents: Vec<Vec<(u32, bool)>> = Vec::with_capacity(texts.len());
    for text in texts {
        let mut article = Article {
            text,
            ..Article::default()
        };
        chorus_text::annotate(&mut article);
        let mut tokens = Vec::with_capacity(article.tokens.len());
        for token in &article.tokens {
            let raw = article.span_text(token.span);
            let next = ids.len() as u32;
            let id = *ids.entry(word_key(raw)).or_insert_with(|| {
                forms.push(raw.to_lowercase());
                next
            });
            tokens.push((id, token.kind == TokenKind::Word));
        }
        documents.push(tokens);
    }
    let mut keys = vec![0u64; forms.len()];
    for (key, id) in &ids {
        keys[*id as usize] = *key;
    }
    let mut counts = vec![0usize; forms.len()];
    let mut is_word = vec![false; forms.len()];
    for &(id, word) in documents.iter().flatten() {
        counts[id as usize] += 1;
        is_word[id as usize] |= word;
    }
    let by_count = |ids: &mut Vec<u32>| {
        ids.sort_by(|a, b| {
            counts[*b as usize]
                .cmp(&counts[*a as usize])
                .then(forms[*a as usize].cmp(&forms[*b as usize]))
        })
    };
    let mut all: Vec<u32> = (0..forms.len() as u32).collect();
    by_count(&mut all);
    // Context dimensions: the most frequent tokens, words or not.
    let mut context = vec![u32::MAX; forms.len()];
    for (dimension, id) in all.iter().take(args.contexts).enumerate() {
        context[*id as usize] = dimension as u32;
    }
    let clustered: Vec<u32> = all
        .iter()
        .copied()
        .filter(|id| is_word[*id as usize] && counts[*id as usize] >= MIN_COUNT)
        .take(args.words)
        .collect();
    let mut row = vec![u32::MAX; forms.len()];
    for (index, id) in clustered.iter().enumerate() {
        row[*id as usize] = index as u32;
    }
    // Context counts of each clustered word: left dimensions, then right.
    let mut contexts: Vec<HashMap<u32, u32>> = vec![HashMap::new(); clustered.len()];
    for tokens in &documents {
        for (k, &(id, _)) in tokens.iter().enumerate() {
            let r = row[id as usize];
            if r == u32::MAX {
                continue;
            }
            if let Some(&(left, _)) = k.checked_sub(1).and_then(|j| tokens.get(j)) {
                if context[left as usize] != u32::MAX {
                    *contexts[r as usize].entry(context[left as usize]).or_default() += 1;
                }
            }
            if let Some(&(right, _)) = tokens.get(k + 1) {
                if context[right as usize] != u32::MAX {
                    *contexts[r as usize]
                        .entry(args.contexts as u32 + context[right as usize])
                        .or_default() += 1;
                }
            }
        }
    }
    let vectors: Vec<Vec<(u32, f32)>> = contexts
        .into_iter()
        .map(|counts| {
            let total: u32 = counts.values().sum();
            let mut vector: Vec<(u32, f32)> = counts
                .into_iter()
                .map(|(dimension, count)| (dimension, (count as f32 / total.max(1) as f32).sqrt()))
                .collect();
            vector.sort_unstable_by_key(|(dimension, _)| *dimension);
            vector
        })
        .collect();
    let mut codes = vec![1u16; vectors.len()];
    let members: Vec<usize> = (0..vectors.len()).collect();
    split(&vectors, 2 * args.contexts, members, 0, &mut codes);
    let entries: Vec<(u64, u16)> = clustered
        .iter()
        .zip(&codes)
        .map(|(id, code)| (keys[*id as usize], *code))
        .collect();
    let bytes = Clusters::entries_to_bytes(&entries);
    std::fs::write(&args.out, &bytes).with_context(|| format!("cannot write {}", args.out.display()))?;
    let mut leaves: Vec<u16> = codes.clone();
    leaves.sort_unstable();
    leaves.dedup();
    let mut sizes: HashMap<u16, usize> = HashMap::new();
    for code in &codes {
        *sizes.entry(*code).or_default() += 1;
    }
    let mut sizes: Vec<usize> = sizes.into_values().collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    eprintln!("word-clusters: largest clusters {:?}", &sizes[..sizes.len().min(8)]);
    eprintln!(
        "word-clusters: {} words in {} clusters written to {} ({} bytes)",
        entries.len(),
        leaves.len(),
        args.out.display(),
        bytes.len()
    );
    // A look at a few clusters, for the record.
    for probe in ["said", "denied", "believes", "criticism", "warned"] {
        if let Some(index) = clustered.iter().position(|id| forms[*id as usize] == probe) {
            let same: Vec<&str> = clustered
                .iter()
                .zip(&codes)
                .filter(|(_, code)| **code == codes[index])
                .take(12)
                .map(|(id, _)| forms[*id as usize].as_str())
                .collect();
            eprintln!("  {probe}: {}", same.join(" "));
        }
    }
    Ok(())
}

/// Split `members` (at depth `depth`) in two by spherical 2-means and
/// recurse; leaves pad their codes with zeros to the full depth. Words
/// with no context at all stay on the first side.
fn split(vectors: &[Vec<(u32, f32)>], dimensions: usize, members: Vec<usize>, depth: u32, codes: &mut [u16]) {
    if depth == CLUSTER_DEPTH {
        return;
    }
    let pad = |codes: &mut [u16], members: &[usize], bits: u32| {
        for &m in members {
            codes[m] <<= bits;
        }
    };
    if members.len() < 2 {
        pad(codes, &members, CLUSTER_DEPTH - depth);
        return;
    }
    let dot = |centroid: &[f32], vector: &[(u32, f32)]| -> f32 {
        vector.iter().map(|(d, v)| centroid[*d as usize] * v).sum()
    };
    let dense = |vector: &[(u32, f32)]| -> Vec<f32> {
        let mut out = vec![0f32; dimensions];
        for (d, v) in vector {
            out[*d as usize] = *v;
        }
        out
    };
    // Seeds: the member least like the members' mean, and the member
    // least like that one (words with no context are never seeds).
    let mut mean = vec![0f32; dimensions];
    for &m in &members {
        for (d, v) in &vectors[m] {
            mean[*d as usize] += v;
        }
    }
    let farthest = |from: &[f32]| {
        members
            .iter()
            .copied()
            .filter(|m| !vectors[*m].is_empty())
            .min_by(|a, b| {
                dot(from, &vectors[*a])
                    .total_cmp(&dot(from, &vectors[*b]))
                    .then(a.cmp(b))
            })
    };
    let Some(one) = farthest(&mean) else {
        pad(codes, &members, CLUSTER_DEPTH - depth);
        return;
    };
    let one = dense(&vectors[one]);
    let two = dense(&vectors[farthest(&one).expect("a member with context")]);
    let mut centroids = [one, two];
    let mut side = vec![false; members.len()];
    for _ in 0..PASSES {
        let mut changed = false;
        for (slot, &m) in side.iter_mut().zip(&members) {
            let right = dot(&centroids[1], &vectors[m]) > dot(&centroids[0], &vectors[m]);
            changed |= right != *slot;
            *slot = right;
        }
        let mut sums = [vec![0f32; dimensions], vec![0f32; dimensions]];
        for (&right, &m) in side.iter().zip(&members) {
            for (d, v) in &vectors[m] {
                sums[usize::from(right)][*d as usize] += v;
            }
        }
        for (centroid, sum) in centroids.iter_mut().zip(sums) {
            let norm = sum.iter().map(|v| v * v).sum::<f32>().sqrt();
            if norm > 0.0 {
                *centroid = sum.into_iter().map(|v| v / norm).collect();
            }
        }
        if !changed {
            break;
        }
    }
    let (right, left): (Vec<(bool, usize)>, Vec<(bool, usize)>) =
        side.into_iter().zip(members).partition(|(right, _)| *right);
    let left: Vec<usize> = left.into_iter().map(|(_, m)| m).collect();
    let right: Vec<usize> = right.into_iter().map(|(_, m)| m).collect();
    if left.is_empty() || right.is_empty() {
        let all: Vec<usize> = left.into_iter().chain(right).collect();
        pad(codes, &all, CLUSTER_DEPTH - depth);
        return;
    }
    for (bit, half) in [(0u16, left), (1u16, right)] {
        for &m in &half {
            codes[m] = (codes[m] << 1) | bit;
        }
        split(vectors, dimensions, half, depth + 1, codes);
    }
}

/// The article texts the clusters are built from (see the module doc).
fn read_texts(corpora: &Path) -> Result<Vec<String>> {
    let mut texts = Vec::new();
    let jsonl = |path: &Path, texts: &mut Vec<String>, nested: bool| -> Result<()> {
        let content = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        for (number, line) in content.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let value: serde_json::Value = match serde_json::from_str(line) {
                Ok(value) => value,
                Err(error) => {
                    eprintln!(
                        "word-clusters: {} line {}: {error}, skipped",
                        path.display(),
                        number + 1
                    );
                    continue;
                }
            };
            let items = if nested {
                value["articles"].as_array().cloned().unwrap_or_default()
            } else {
                vec![value]
            };
            texts.extend(
                items
                    .iter()
                    .filter_map(|item| item["text"].as_str().map(str::to_string)),
            );
        }
        Ok(())
    };
    jsonl(&corpora.join("clustering/gun-violence.jsonl"), &mut texts, false)?;
    jsonl(&corpora.join("summarization/neus.jsonl"), &mut texts, true)?;
    let t17 = corpora.join("timelines/t17");
    let mut topics: Vec<PathBuf> = std::fs::read_dir(&t17)
        .with_context(|| format!("cannot list {}", t17.display()))?
        .filter_map(|entry| Some(entry.ok()?.path().join("articles.json")))
        .filter(|path| path.is_file())
        .collect();
    topics.sort();
    for path in topics {
        let content = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let value: serde_json::Value =
            serde_json::from_str(&content).with_context(|| format!("{} is not JSON", path.display()))?;
        for item in value.as_array().into_iter().flatten() {
            if let Some(text) = item["text"].as_str() {
                texts.push(text.to_string());
            }
        }
    }
    let polnear = corpora.join("quotes/polnear/train/text");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&polnear)
        .with_context(|| format!("cannot list {}", polnear.display()))?
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for path in names {
        texts.push(std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?);
    }
    if texts.is_empty() {
        bail!("no texts found under {}", corpora.display());
    }
    Ok(texts)
}
