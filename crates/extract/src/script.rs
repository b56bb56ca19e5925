//! Writing systems of letters, to find an article's dominant script and the
//! lines written in another one (a navigation bar in Armenian on top of an
//! English article).
//!
//! Only the scripts news is commonly written in are told apart; every other
//! letter counts as [`Script::Other`].

/// A writing system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin letters, with accents and extensions.
    Latin,
    /// Cyrillic.
    Cyrillic,
    /// Greek.
    Greek,
    /// Armenian.
    Armenian,
    /// Georgian.
    Georgian,
    /// Arabic (also Persian, Urdu).
    Arabic,
    /// Hebrew.
    Hebrew,
    /// Devanagari.
    Devanagari,
    /// Thai.
    Thai,
    /// Hangul.
    Hangul,
    /// Chinese characters and Japanese kana.
    Han,
    /// Any other letter.
    Other,
}

const SCRIPTS: [Script; 12] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Greek,
    Script::Armenian,
    Script::Georgian,
    Script::Arabic,
    Script::Hebrew,
    Script::Devanagari,
    Script::Thai,
    Script::Hangul,
    Script::Han,
    Script::Other,
];

impl Script {
    fn index(self) -> usize {
        self as usize
    }
}

/// The script of `c`, or `None` when `c` is not a letter.
pub fn script_of(c: char) -> Option<Script> {
    if c.is_ascii_alphabetic() {
        return Some(Script::Latin);
    }
    if c.is_ascii() || !c.is_alphabetic() {
        return None;
    }
    let script = match u32::from(c) {
        0x00C0..=0x024F | 0x1E00..=0x1EFF | 0x0250..=0x02AF | 0xFF21..=0xFF5A => Script::Latin,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x0530..=0x058F | 0xFB13..=0xFB17 => Script::Armenian,
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x0900..=0x097F => Script::Devanagari,
        0x0E00..=0x0E7F => Script::Thai,
        0x10A0..=0x10FF | 0x2D00..=0x2D2F | 0x1C90..=0x1CBF => Script::Georgian,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => Script::Han,
        _ => Script::Other,
    };
    Some(script)
}

/// Letters counted by script.
#[derive(Debug, Clone, Default)]
pub struct ScriptCounts {
    counts: [u32; SCRIPTS.len()],
}

impl ScriptCounts {
    /// Counts the letters of `text`.
    pub fn of(text: &str) -> ScriptCounts {
        let mut counts = ScriptCounts::default();
        counts.add(text);
        counts
    }

    /// Adds the letters of `text`.
    pub fn add(&mut self, text: &str) {
        for c in text.chars() {
            if let Some(script) = script_of(c) {
                self.counts[script.index()] += 1;
            }
        }
    }

    /// Adds `letters` Latin letters counted elsewhere (ASCII text).
    pub fn add_latin(&mut self, letters: usize) {
        self.counts[Script::Latin.index()] += u32::try_from(letters).unwrap_or(u32::MAX);
    }

    /// Number of letters counted.
    pub fn letters(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// Number of letters of `script`.
    pub fn count(&self, script: Script) -> u32 {
        self.counts[script.index()]
    }

    /// The script with the most letters, if any letter was counted.
    pub fn dominant(&self) -> Option<Script> {
        let (index, &count) = self.counts.iter().enumerate().max_by_key(|&(_, count)| *count)?;
        (count > 0).then(|| SCRIPTS[index])
    }

    /// Share of the letters that are in `script` (0 when there are none).
    pub fn share(&self, script: Script) -> f32 {
        let letters = self.letters();
        if letters == 0 {
            0.0
        } else {
            self.count(script) as f32 / letters as f32
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_scripts_apart() {
        assert_eq!(script_of('é'), Some(Script::Latin));
        assert_eq!(script_of('Ж'), Some(Script::Cyrillic));
        assert_eq!(script_of('Ա'), Some(Script::Armenian));
        assert_eq!(script_of('中'), Some(Script::Han));
        assert_eq!(script_of('λ'), Some(Script::Greek));
        assert_eq!(script_of('7'), None);
        assert_eq!(script_of('-'), None);
    }

    #[test]
    fn finds_the_dominant_script() {
        let counts = ScriptCounts::of("Hello world, Привет");
        assert_eq!(counts.dominant(), Some(Script::Latin));
        assert!(counts.share(Script::Cyrillic) > 0.3);
        assert_eq!(ScriptCounts::of("123 ---").dominant(), None);
    }
}
