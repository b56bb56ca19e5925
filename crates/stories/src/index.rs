//! The open stories and the inverted index from terms to them.
//!
//! Each open story sits in a slot (slots of closed stories are reused) and
//! holds the summed counts of its members' terms. Each term has a posting
//! list of the open stories that have it, with the story's count beside the
//! slot, so that an article is scored term by term against every story it
//! shares a term with, without looking anything up per story. A story
//! remembers where its entry is in each of its terms' lists, so that a count
//! is updated, and a closed story or a trimmed term removed, in constant
//! time: the index never holds a stale entry and is exactly as large as the
//! open stories' terms.

use std::cell::Cell;
use std::collections::BTreeSet;

use chorus_model::hash::TermMap;

/// An open story's entry in a term's posting list.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Posting {
    /// The story's slot.
    pub slot: u32,
    /// The story's summed count of the term.
    pub count: f32,
}

/// One open story: the summed term counts of its members.
#[derive(Debug)]
pub(crate) struct OpenStory {
    /// The story's number, as [`crate::Assignment::story`] gives it.
    pub id: usize,
    /// Term to (summed count, index of this story's entry in the term's posting list).
    pub terms: TermMap<(f32, u32)>,
    /// The centroid's weighted norm, with the document count it was computed at.
    pub norm: Cell<Option<(u32, f32)>>,
    /// When it last got an article (`i64::MIN` when undated), as the key of
    /// [`OpenStories::by_age`].
    pub last_seen: i64,
    /// When it got its first dated article (`i64::MAX` before that).
    pub first_seen: i64,
    /// Some of its members' own terms: its first ones, then the most recent
    /// (see [`OpenStories::remember`]).
    pub members: Vec<Member>,
}

/// A member article of an open story, kept so that a newcomer can be
/// compared with the articles themselves and not only with their sum.
#[derive(Debug)]
pub(crate) struct Member {
    /// `(term, count)`, sorted by term, as in [`crate::Features::terms`].
    pub terms: Vec<(u64, f32)>,
    /// Its weighted norm, with the document count it was computed at.
    pub norm: Cell<Option<(u32, f32)>>,
}

/// The open stories, by slot, and the posting lists of their terms.
#[derive(Debug, Default)]
pub(crate) struct OpenStories {
    slots: Vec<Option<OpenStory>>,
    free: Vec<u32>,
    open: usize,
    /// Open stories by when they last got an article, oldest first.
    by_age: BTreeSet<(i64, u32)>,
    postings: TermMap<Vec<Posting>>,
}

impl OpenStories {
    /// How many stories are open.
    pub fn len(&self) -> usize {
        self.open
    }

    /// One past the highest slot: the size of a per-slot score table.
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// The story in a slot, if it is open.
    pub fn get(&self, slot: u32) -> Option<&OpenStory> {
        self.slots.get(slot as usize).and_then(Option::as_ref)
    }

    /// The open stories that have a term, with their counts.
    pub fn postings(&self, term: u64) -> &[Posting] {
        self.postings.get(&term).map_or(&[], Vec::as_slice)
    }

    /// Open a story with no term yet; its slot.
    pub fn open(&mut self, id: usize) -> u32 {
        let story = OpenStory {
            id,
            terms: TermMap::default(),
            norm: Cell::new(None),
            last_seen: i64::MIN,
            first_seen: i64::MAX,
            members: Vec::new(),
        };
        let slot = match self.free.pop() {
            Some(slot) => {
                self.slots[slot as usize] = Some(story);
                slot
            }
            None => {
                self.slots.push(Some(story));
                (self.slots.len() - 1) as u32
            }
        };
        self.open += 1;
        self.by_age.insert((i64::MIN, slot));
        slot
    }

    /// Add an article's term counts to a story, seen at `seen` (`i64::MIN`
    /// when undated). Returns how many distinct terms the story has now.
    pub fn add(&mut self, slot: u32, terms: &[(u64, f32)], seen: i64) -> usize {
        let Some(story) = self.slots.get_mut(slot as usize).and_then(Option::as_mut) else {
            return 0;
        };
        story.norm.set(None);
        if seen != i64::MIN {
            story.first_seen = story.first_seen.min(seen);
        }
        if seen > story.last_seen {
            self.by_age.remove(&(story.last_seen, slot));
            story.last_seen = seen;
            self.by_age.insert((seen, slot));
        }
        for &(term, count) in terms {
            let list = self.postings.entry(term).or_default();
            match story.terms.entry(term) {
                std::collections::hash_map::Entry::Occupied(mut entry) => {
                    let (sum, index) = entry.get_mut();
                    *sum += count;
                    list[*index as usize].count = *sum;
                }
                std::collections::hash_map::Entry::Vacant(entry) => {
                    entry.insert((count, list.len() as u32));
                    list.push(Posting { slot, count });
                }
            }
        }
        story.terms.len()
    }

    /// Keep a member's terms in a story: at most `kept` members, the first
    /// half of them the story's first articles (what the story is about),
    /// the rest its most recent ones (where it has gone since).
    pub fn remember(&mut self, slot: u32, terms: &[(u64, f32)], kept: usize) {
        let Some(story) = self.slots.get_mut(slot as usize).and_then(Option::as_mut) else {
            return;
        };
        if kept == 0 {
            return;
        }
        if story.members.len() >= kept {
            story.members.remove(kept / 2);
        }
        let mut terms = terms.to_vec();
        terms.sort_unstable_by_key(|&(term, _)| term);
        story.members.push(Member {
            terms,
            norm: Cell::new(None),
        });
    }

    /// Drop terms from a story's centroid.
    pub fn remove_terms(&mut self, slot: u32, terms: &[u64]) {
        let Some(mut story) = self.slots.get_mut(slot as usize).and_then(Option::take) else {
            return;
        };
        for term in terms {
            if let Some((_, index)) = story.terms.remove(term) {
                self.unlink(*term, index);
            }
        }
        story.norm.set(None);
        self.slots[slot as usize] = Some(story);
    }

    /// Close the story in a slot.
    pub fn close(&mut self, slot: u32) {
        let Some(story) = self.slots.get_mut(slot as usize).and_then(Option::take) else {
            return;
        };
        self.by_age.remove(&(story.last_seen, slot));
        for (&term, &(_, index)) in &story.terms {
            self.unlink(term, index);
        }
        self.free.push(slot);
        self.open -= 1;
    }

    /// Remove entry `index` from a term's list, whose story is no longer in
    /// its slot, and tell the story whose entry took its place.
    fn unlink(&mut self, term: u64, index: u32) {
        let Some(list) = self.postings.get_mut(&term) else {
            return;
        };
        list.swap_remove(index as usize);
        if let Some(moved) = list.get(index as usize) {
            if let Some(other) = self.slots[moved.slot as usize].as_mut() {
                if let Some(entry) = other.terms.get_mut(&term) {
                    entry.1 = index;
                }
            }
        } else if list.is_empty() {
            self.postings.remove(&term);
        }
    }

    /// The slot of the story that has gone longest without an article, and
    /// when it last got one.
    pub fn oldest(&self) -> Option<(i64, u32)> {
        self.by_age.first().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every posting points at a story that has the term, with its count,
    /// at the index the story remembers; and every story term is posted.
    fn check(index: &OpenStories) {
        let mut posted = 0;
        for (term, list) in &index.postings {
            assert!(!list.is_empty());
            for (i, posting) in list.iter().enumerate() {
                let story = index.get(posting.slot).expect("posting to an open story");
                let (count, at) = story.terms[term];
                assert_eq!((count, at as usize), (posting.count, i));
            }
            posted += list.len();
        }
        let terms: usize = index.slots.iter().flatten().map(|s| s.terms.len()).sum();
        assert_eq!(posted, terms);
        assert_eq!(index.by_age.len(), index.len());
    }

    #[test]
    fn postings_follow_adds_trims_and_closes() {
        let mut index = OpenStories::default();
        let a = index.open(0);
        let b = index.open(1);
        let c = index.open(2);
        index.add(a, &[(1, 1.0), (2, 1.0), (3, 1.0)], 10);
        index.add(b, &[(1, 2.0), (3, 2.0)], 11);
        index.add(c, &[(1, 3.0), (2, 3.0)], 12);
        index.add(a, &[(1, 1.0), (4, 1.0)], 13);
        check(&index);
        assert_eq!(index.postings(1).len(), 3);
        index.close(a);
        check(&index);
        assert_eq!(index.postings(4).len(), 0);
        assert_eq!(index.oldest(), Some((11, b)));
        index.remove_terms(c, &[1]);
        check(&index);
        assert_eq!(index.postings(1).len(), 1);
        let d = index.open(3);
        assert_eq!(d, a, "a closed story's slot is reused");
        index.add(d, &[(2, 1.0)], 14);
        check(&index);
        assert_eq!(index.len(), 3);
    }
}
