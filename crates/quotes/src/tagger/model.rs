//! The tagger's weights: hashed feature tables (one row of label weights
//! per bucket), the cue vocabulary, and the compact file they are stored
//! in (sparse rows of quantised 16-bit weights, little-endian).

use super::features::{hash_str, small_group_key, small_group_sums, stem_of, Sink, SpanCodes, SMALL_GROUPS};

/// The file's first bytes: name and format version.
const MAGIC: &[u8; 8] = b"CHQTAG01";

/// Label weights per hashed feature, quantised. In memory each row is
/// padded with zeros to a power of two of labels (3 to 4, 5 to 8), so
/// that a row is summed as one fixed-size array the compiler adds in a
/// few vector instructions; the file holds the labels only.
#[derive(Debug, Clone)]
pub struct Table {
    bits: u32,
    labels: usize,
    /// Weights per row in memory: `labels` rounded up to a power of two.
    stride: usize,
    weights: Vec<i16>,
}

impl Table {
    /// A table of zeros.
    pub fn zeros(bits: u32, labels: usize) -> Table {
        let stride = labels.next_power_of_two();
        Table {
            bits,
            labels,
            stride,
            weights: vec![0; (1usize << bits) * stride],
        }
    }

    /// The weights of row `row`, one per label.
    fn row_weights(&self, row: usize) -> &[i16] {
        &self.weights[row * self.stride..row * self.stride + self.labels]
    }

    /// Number of labels (weights per row).
    pub fn labels(&self) -> usize {
        self.labels
    }

    /// The row of a feature hash.
    #[inline]
    pub fn row(&self, feature: u64) -> usize {
        (feature >> (64 - self.bits)) as usize
    }

    /// Add the weights of `features` to `scores` (one per label).
    ///
    /// The weights are summed as integers, then added once: the same
    /// scores as adding them one by one in `f32` onto integral scores
    /// (as the taggers' start from zero), since every partial sum of at
    /// most [`MAX_FEATURES`](super::features::MAX_FEATURES) 16-bit weights
    /// is an integer well below 2^24, which `f32` holds exactly; but
    /// without a conversion and a floating-point addition chained on the
    /// one before for every weight.
    #[inline]
    pub fn score(&self, features: &[u64], scores: &mut [f32]) {
        match self.stride {
            4 => self.score_fixed::<4>(features, scores),
            8 => self.score_fixed::<8>(features, scores),
            _ => {
                for &feature in features {
                    for (score, weight) in scores.iter_mut().zip(self.row_weights(self.row(feature))) {
                        *score += f32::from(*weight);
                    }
                }
            }
        }
    }

    /// [`Table::score`] for a table of rows of `N` weights (the labels and
    /// their padding: the scores take the labels' sums only).
    #[inline]
    fn score_fixed<const N: usize>(&self, features: &[u64], scores: &mut [f32]) {
        let mut sums = [0i32; N];
        self.add_sums(features, &mut sums);
        for (score, sum) in scores.iter_mut().zip(sums) {
            *score += sum as f32;
        }
    }

    /// Add the integer weights of `features` to `sums`, for a table of rows
    /// of `N` weights (none when the table has another stride; the sums of
    /// the padding stay zero). Integer sums are
    /// exact in any order and grouping: sums of parts of a decision's
    /// features, added up and converted once, give the same scores as
    /// [`Table::score`] over all of them.
    #[inline]
    pub fn add_sums<const N: usize>(&self, features: &[u64], sums: &mut [i32; N]) {
        if let Some(mut summed) = self.summed(*sums) {
            for &feature in features {
                summed.push(feature);
            }
            *sums = summed.sums;
        }
    }

    /// A sink that adds the integer weights of the features pushed into it
    /// to `sums` (see [`Table::add_sums`]), for a table of rows of `N`
    /// weights (none when the table has another stride).
    #[inline]
    pub fn summed<const N: usize>(&self, sums: [i32; N]) -> Option<Summed<'_, N>> {
        (self.stride == N).then_some(Summed { table: self, sums })
    }

    /// The table from float weights (`rows × labels`): quantised to 16
    /// bits, weights under `prune` of the largest set to zero.
    pub fn quantise(bits: u32, labels: usize, weights: &[f64], prune: f64) -> Table {
        let largest = weights.iter().fold(0f64, |m, w| m.max(w.abs()));
        let scale = if largest > 0.0 { 32767.0 / largest } else { 0.0 };
        let mut table = Table::zeros(bits, labels);
        for (at, w) in weights.iter().enumerate().take((1usize << bits) * labels) {
            if w.abs() >= prune * largest {
                table.weights[at / labels * table.stride + at % labels] =
                    (w * scale).round().clamp(-32767.0, 32767.0) as i16;
            }
        }
        table
    }

    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&(self.labels as u32).to_le_bytes());
        let rows: Vec<usize> = (0..1usize << self.bits)
            .filter(|row| self.row_weights(*row).iter().any(|w| *w != 0))
            .collect();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut previous = 0usize;
        for row in rows {
            // Rows as gaps from the previous one, in a variable-length integer.
            let mut gap = (row - previous) as u32;
            previous = row;
            loop {
                let byte = (gap & 0x7f) as u8;
                gap >>= 7;
                if gap == 0 {
                    out.push(byte);
                    break;
                }
                out.push(byte | 0x80);
            }
            for weight in self.row_weights(row) {
                out.extend_from_slice(&weight.to_le_bytes());
            }
        }
    }

    fn read(input: &mut Reader) -> Result<Table, String> {
        let bits = input.u32()?;
        let labels = input.u32()? as usize;
        if !(8..=24).contains(&bits) || !(1..=16).contains(&labels) {
            return Err(format!("table of 2^{bits} rows × {labels} labels is out of range"));
        }
        let mut table = Table::zeros(bits, labels);
        let count = input.u32()? as usize;
        let mut row = 0usize;
        for _ in 0..count {
            let mut gap = 0u32;
            let mut shift = 0;
            loop {
                let byte = input.bytes(1)?[0];
                gap |= u32::from(byte & 0x7f) << shift;
                shift += 7;
                if byte & 0x80 == 0 || shift > 28 {
                    break;
                }
            }
            row += gap as usize;
            if row >= 1 << bits {
                return Err("a row beyond the table".to_string());
            }
            // The row's weights, read at once.
            let raw = input.bytes(2 * labels)?;
            let at = row * table.stride;
            for (weight, bytes) in table.weights[at..at + labels].iter_mut().zip(raw.chunks_exact(2)) {
                *weight = i16::from_le_bytes([bytes[0], bytes[1]]);
            }
        }
        Ok(table)
    }
}

/// The running sums of the weights of the features pushed, in a table of
/// rows of `N` weights (see [`Table::summed`]).
pub struct Summed<'t, const N: usize> {
    table: &'t Table,
    /// The sum of the weights of each label.
    pub sums: [i32; N],
}

impl<const N: usize> Sink for Summed<'_, N> {
    #[inline(always)]
    fn push(&mut self, feature: u64) {
        let at = self.table.row(feature) * N;
        if let Some(row) = self.table.weights.get(at..at + N) {
            let row: &[i16; N] = row.try_into().expect("a row of N weights");
            for (sum, weight) in self.sums.iter_mut().zip(row) {
                *sum += i32::from(*weight);
            }
        }
    }
}

/// The span tagger's table, with the weights of its small features
/// summed ahead for every value of their codes (see
/// [`SMALL_GROUPS`]): the same integer sums as looking each one up.
#[derive(Debug, Clone)]
pub struct SpanTable {
    /// The weights.
    pub table: Table,
    /// Per group, the sums of every key; none for a table whose rows are
    /// not of 8 weights.
    small: Option<[Vec<[i32; 8]>; SMALL_GROUPS.len()]>,
}

impl SpanTable {
    /// The table with its small features' sums.
    pub fn new(table: Table) -> SpanTable {
        let small = (table.stride == 8).then(|| {
            small_group_sums(|features| {
                let mut sums = [0i32; 8];
                table.add_sums(features, &mut sums);
                sums
            })
        });
        SpanTable { table, small }
    }

    /// Add the weights of the small features of `codes` (a word outside
    /// its cue) to `sums`; false (and nothing added) when they are not
    /// summed ahead.
    #[inline]
    pub fn add_small(&self, codes: &SpanCodes, sums: &mut [i32; 8]) -> bool {
        let Some(groups) = &self.small else { return false };
        for (group, keys) in groups.iter().enumerate() {
            for (sum, add) in sums.iter_mut().zip(&keys[small_group_key(group, codes)]) {
                *sum += add;
            }
        }
        true
    }
}

/// The trained tagger.
#[derive(Debug, Clone)]
pub struct Model {
    /// Hashes of the words (and stems) that can start or head a cue, sorted.
    vocabulary: Vec<u64>,
    /// A 2^16-bit prefilter of the vocabulary.
    filter: Vec<u64>,
    /// Hashes of the words that come before a cue word inside a cue
    /// ("has", "also", "is"), sorted.
    prefixes: Vec<u64>,
    /// Cue detector weights (O, B, I).
    pub cues: Table,
    /// Span tagger weights (O, source B/I, content B/I), transitions
    /// included as features of the previous label.
    pub spans: SpanTable,
}

impl Model {
    /// A model from its parts.
    pub fn new(mut vocabulary: Vec<u64>, mut prefixes: Vec<u64>, cues: Table, spans: Table) -> Model {
        vocabulary.sort_unstable();
        vocabulary.dedup();
        prefixes.sort_unstable();
        prefixes.dedup();
        let mut filter = vec![0u64; 1 << 10];
        for hash in &vocabulary {
            let bit = (hash >> 48) as usize;
            filter[bit >> 6] |= 1 << (bit & 63);
        }
        Model {
            vocabulary,
            filter,
            prefixes,
            cues,
            spans: SpanTable::new(spans),
        }
    }

    /// Whether a word hash is in the cue vocabulary.
    #[inline]
    pub fn is_cue_word(&self, hash: u64) -> bool {
        let bit = (hash >> 48) as usize;
        self.filter[bit >> 6] & (1 << (bit & 63)) != 0 && self.vocabulary.binary_search(&hash).is_ok()
    }

    /// Whether a word hash may come before a cue word inside a cue.
    #[inline]
    pub fn is_cue_prefix(&self, hash: u64) -> bool {
        self.prefixes.binary_search(&hash).is_ok()
    }

    /// Whether a word (lower case) is in the cue vocabulary, by itself or
    /// by its stem.
    pub fn knows_cue(&self, lower: &str) -> bool {
        self.is_cue_word(hash_str(lower)) || self.is_cue_word(hash_str(stem_of(lower)))
    }

    /// The model as bytes (the same model gives the same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        for list in [&self.vocabulary, &self.prefixes] {
            out.extend_from_slice(&(list.len() as u32).to_le_bytes());
            for hash in list {
                out.extend_from_slice(&hash.to_le_bytes());
            }
        }
        self.cues.write(&mut out);
        self.spans.table.write(&mut out);
        out
    }

    /// A model from the bytes [`Model::to_bytes`] wrote.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let mut input = Reader { bytes, at: 0 };
        if input.bytes(MAGIC.len())? != MAGIC {
            return Err("not an attribution tagger model (bad magic)".to_string());
        }
        let mut lists = [Vec::new(), Vec::new()];
        for list in &mut lists {
            let count = input.u32()? as usize;
            for _ in 0..count {
                let raw = input.bytes(8)?;
                list.push(u64::from_le_bytes(raw.try_into().unwrap_or([0; 8])));
            }
        }
        let [vocabulary, prefixes] = lists;
        let cues = Table::read(&mut input)?;
        let spans = Table::read(&mut input)?;
        if input.at != bytes.len() {
            return Err(format!("{} bytes left after the model", bytes.len() - input.at));
        }
        Ok(Model::new(vocabulary, prefixes, cues, spans))
    }
}

/// A cursor over the model bytes.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn bytes(&mut self, n: usize) -> Result<&'a [u8], String> {
        let slice = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or_else(|| format!("model truncated at byte {}", self.at))?;
        self.at += n;
        Ok(slice)
    }

    fn u32(&mut self) -> Result<u32, String> {
        let raw = self.bytes(4)?;
        Ok(u32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]))
    }
}
