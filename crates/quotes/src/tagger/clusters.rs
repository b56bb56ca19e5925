//! Word clusters for the tagger: each frequent word of unlabeled news text
//! (lower case, as [`crate::view`] folds it) with the leaf of a binary tree
//! of words that occur in similar contexts, so that a cue word seen once
//! in PolNeAR train ("unleashed") is read like the words of its cluster
//! ("launched", "released"). Built by the project's own command
//! (`cargo run --release -p chorus-bench -- word-clusters`) and shipped as
//! `model/clusters.bin`.
//!
//! A cluster code is the path from the root to the word's leaf, `DEPTH`
//! bits under a leading 1 (so 0 is "no cluster"); `code >> k` is the
//! cluster `k` levels up.

use std::sync::OnceLock;

use super::features::hash_str;

/// Depth of the cluster tree: codes are `DEPTH + 1` bits.
pub const DEPTH: u32 = 10;

/// The first bytes of a cluster file.
const MAGIC: &[u8; 8] = b"CHCLUST1";

/// The clusters shipped with the crate (empty when none were built).
static SHIPPED_BYTES: &[u8] = include_bytes!("../../model/clusters.bin");

/// The shipped clusters, read once (none when the file is empty or bad).
pub(crate) fn shipped() -> Option<&'static Clusters> {
    static SHIPPED: OnceLock<Option<Clusters>> = OnceLock::new();
    SHIPPED
        .get_or_init(|| {
            if SHIPPED_BYTES.is_empty() {
                return None;
            }
            match Clusters::from_bytes(SHIPPED_BYTES) {
                Ok(clusters) => Some(clusters),
                Err(reason) => {
                    eprintln!("chorus-quotes: the shipped clusters model/clusters.bin are unusable: {reason}");
                    None
                }
            }
        })
        .as_ref()
}

/// The key of a word in a cluster file: the hash of its folded lower-case
/// form, the same hash the tagger keeps of each word.
pub fn word_key(token: &str) -> u64 {
    hash_str(&crate::view::fold(token))
}

/// Words and their cluster codes, in an open-addressing table keyed by
/// the words' hashes.
pub struct Clusters {
    slots: Vec<(u64, u16)>,
    mask: usize,
    words: usize,
}

impl Clusters {
    /// A table of `(word key, code)` pairs (codes not 0).
    pub fn new(entries: &[(u64, u16)]) -> Clusters {
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![(0u64, 0u16); size];
        let mask = size - 1;
        for &(key, code) in entries {
            let mut at = (key as usize) & mask;
            while slots[at].1 != 0 && slots[at].0 != key {
                at = (at + 1) & mask;
            }
            slots[at] = (key, code);
        }
        let words = slots.iter().filter(|(_, code)| *code != 0).count();
        Clusters { slots, mask, words }
    }

    /// How many words have a cluster.
    pub fn len(&self) -> usize {
        self.words
    }

    /// Whether no word has one.
    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    /// The code of a word key (0: unknown word).
    #[inline]
    pub fn code(&self, key: u64) -> u16 {
        let mut at = (key as usize) & self.mask;
        loop {
            let (slot, code) = self.slots[at];
            if code == 0 || slot == key {
                return code;
            }
            at = (at + 1) & self.mask;
        }
    }

    /// The file form of `(word key, code)` pairs, in key order.
    pub fn entries_to_bytes(entries: &[(u64, u16)]) -> Vec<u8> {
        let mut sorted = entries.to_vec();
        sorted.sort_unstable();
        let mut out = Vec::with_capacity(12 + sorted.len() * 10);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(sorted.len() as u32).to_le_bytes());
        for (key, _) in &sorted {
            out.extend_from_slice(&key.to_le_bytes());
        }
        for (_, code) in &sorted {
            out.extend_from_slice(&code.to_le_bytes());
        }
        out
    }

    /// Clusters from their file form.
    pub fn from_bytes(bytes: &[u8]) -> Result<Clusters, String> {
        let rest = bytes
            .strip_prefix(MAGIC.as_slice())
            .ok_or("not a cluster file (bad magic bytes)")?;
        let count = rest
            .get(..4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
            .ok_or("truncated header")?;
        let body = &rest[4..];
        if body.len() != count * 10 {
            return Err(format!("{} bytes of entries for {count} words", body.len()));
        }
        let (keys, codes) = body.split_at(count * 8);
        let entries: Vec<(u64, u16)> = keys
            .chunks_exact(8)
            .zip(codes.chunks_exact(2))
            .map(|(key, code)| {
                let key = u64::from_le_bytes(key.try_into().expect("8 bytes"));
                (key, u16::from_le_bytes([code[0], code[1]]))
            })
            .collect();
        if entries.iter().any(|&(_, code)| code == 0 || code >> (DEPTH + 1) != 0) {
            return Err("a cluster code out of range".to_string());
        }
        Ok(Clusters::new(&entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_survive_the_file_form() {
        let entries = vec![(word_key("said"), 1024 + 5), (word_key("told"), 1024 + 5), (7, 2047)];
        let clusters = Clusters::from_bytes(&Clusters::entries_to_bytes(&entries)).unwrap();
        assert_eq!(clusters.code(word_key("Said")), 1029);
        assert_eq!(clusters.code(word_key("told")), 1029);
        assert_eq!(clusters.code(7), 2047);
        assert_eq!(clusters.len(), 3);
        assert_eq!(clusters.code(word_key("banana")), 0);
        assert!(Clusters::from_bytes(b"CHCLUST1\x01\0\0\0").is_err());
    }
}
