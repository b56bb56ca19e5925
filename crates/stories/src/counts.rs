//! Document frequencies of terms in fixed memory ([`TermCounts`]), and
//! their compact form in bytes, so that a store can keep the counts of every
//! article it holds and an update can start from them.

use crate::Features;

/// Rows and columns of the count-min sketch of document frequencies.
const SKETCH_ROWS: usize = 2;
const SKETCH_BITS: u32 = 20;

/// First byte of [`TermCounts::to_bytes`]: the version of the format.
const FORMAT: u8 = 1;

/// In how many documents each term occurs, and how many documents were
/// counted. A count-min sketch, whose estimate of a term's count is never
/// below the truth and rarely above it: a stream brings new names and
/// numbers forever, and an exact table would grow with them.
#[derive(Clone, PartialEq, Eq)]
pub struct TermCounts {
    cells: Vec<u32>,
    documents: u32,
}

impl std::fmt::Debug for TermCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TermCounts")
            .field("documents", &self.documents)
            .field("cells_in_use", &self.cells.iter().filter(|&&c| c > 0).count())
            .finish()
    }
}

impl Default for TermCounts {
    fn default() -> TermCounts {
        TermCounts::new()
    }
}

impl TermCounts {
    /// No document counted yet.
    pub fn new() -> TermCounts {
        TermCounts {
            cells: vec![0; SKETCH_ROWS << SKETCH_BITS],
            documents: 0,
        }
    }

    /// How many documents were counted.
    pub fn documents(&self) -> u32 {
        self.documents
    }

    /// Count one document: each of its terms once.
    pub fn observe(&mut self, features: &Features) {
        self.documents = self.documents.saturating_add(1);
        for &(term, _) in &features.terms {
            for cell in Self::cells(term) {
                self.cells[cell] = self.cells[cell].saturating_add(1);
            }
        }
    }

    /// In how many of the counted documents `term` occurs (an estimate never
    /// below the truth).
    pub fn count(&self, term: u64) -> u32 {
        Self::cells(term)
            .iter()
            .map(|&cell| self.cells[cell])
            .min()
            .unwrap_or(0)
    }

    fn cells(term: u64) -> [usize; SKETCH_ROWS] {
        let mask = (1usize << SKETCH_BITS) - 1;
        [
            (term as usize) & mask,
            (1 << SKETCH_BITS) + ((term >> 32) as usize & mask),
        ]
    }

    /// The counts as bytes: a format version byte, then the number of
    /// documents and every cell of the sketch as LEB128 varints, where a
    /// zero is followed by how many more zeros come after it (most cells of
    /// a small collection are zero).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = vec![FORMAT];
        put_varint(&mut bytes, self.documents);
        let mut i = 0;
        while i < self.cells.len() {
            let cell = self.cells[i];
            put_varint(&mut bytes, cell);
            i += 1;
            if cell == 0 {
                let run = self.cells[i..].iter().take_while(|&&c| c == 0).count();
                put_varint(&mut bytes, run as u32);
                i += run;
            }
        }
        bytes
    }

    /// Read counts written by [`TermCounts::to_bytes`]; an error says what
    /// is wrong with the bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<TermCounts, String> {
        let (&format, mut rest) = bytes.split_first().ok_or("no bytes")?;
        if format != FORMAT {
            return Err(format!("format version {format}, expected {FORMAT}"));
        }
        let documents = take_varint(&mut rest)?;
        let size = SKETCH_ROWS << SKETCH_BITS;
        let mut cells = Vec::with_capacity(size);
        while !rest.is_empty() {
            let cell = take_varint(&mut rest)?;
            cells.push(cell);
            if cell == 0 {
                let run = take_varint(&mut rest)? as usize;
                if run > size {
                    return Err(format!("a run of {run} zeros is longer than the sketch"));
                }
                cells.resize(cells.len() + run, 0);
            }
            if cells.len() > size {
                break;
            }
        }
        if cells.len() != size {
            return Err(format!("{} cells, expected {size}", cells.len()));
        }
        Ok(TermCounts { cells, documents })
    }
}

fn put_varint(bytes: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        bytes.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    bytes.push(value as u8);
}

fn take_varint(bytes: &mut &[u8]) -> Result<u32, String> {
    let mut value: u64 = 0;
    for shift in (0..35).step_by(7) {
        let (&byte, rest) = bytes.split_first().ok_or("the bytes end inside a number")?;
        *bytes = rest;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return u32::try_from(value).map_err(|_| "a number is too large".to_string());
        }
    }
    Err("a number is too long".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_come_back_from_their_bytes_and_bad_bytes_are_refused() {
        let mut counts = TermCounts::new();
        let terms = Features {
            terms: vec![(1, 1.0), (u64::MAX, 2.0), (0xdead_beef_0000_0001, 1.0)],
            title_only: false,
        };
        for _ in 0..300 {
            counts.observe(&terms);
        }
        counts.observe(&Features {
            terms: vec![(7, 1.0)],
            title_only: true,
        });
        let bytes = counts.to_bytes();
        assert!(bytes.len() < 100, "zeros take little room: {} bytes", bytes.len());
        let back = TermCounts::from_bytes(&bytes).expect("readable");
        assert_eq!(back, counts);
        assert_eq!(back.documents(), 301);
        assert_eq!(back.count(u64::MAX), 300);
        assert_eq!(back.count(7), 1);
        assert_eq!(
            TermCounts::from_bytes(&TermCounts::new().to_bytes()),
            Ok(TermCounts::new())
        );
        assert!(TermCounts::from_bytes(&[]).is_err());
        assert!(TermCounts::from_bytes(&[2, 0]).is_err());
        assert!(TermCounts::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        let mut longer = bytes.clone();
        longer.extend([1, 1]);
        assert!(TermCounts::from_bytes(&longer).is_err());
    }
}
