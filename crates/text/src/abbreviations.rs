//! Words that end in a period without ending the sentence.
//!
//! A period after an abbreviation is the main source of false sentence
//! breaks in news text ("U.S. officials", "Gen. Smith", "Jan. 5"). Each
//! language has a small table, searched before a common table that holds
//! what every Latin-script language borrows (`e.g.`, `etc.`, `Dr.`).
//! Entries are written without their final period; an entry written in
//! lower case also matches with a capital first letter (`etc` matches
//! `Etc`), but not the other way round (`No` does not match `no`).
//!
//! Two patterns need no table: acronyms of single letters with periods
//! (`U.S.`, `a.m.`, `z.B.`), and single capital initials (`John F. Kennedy`).

/// Longest word, in bytes with its inner periods, that is looked up as an
/// abbreviation; scans stop there, so that long runs such as `a.b.c.d…`
/// cost linear time.
pub(crate) const MAX_BYTES: usize = 24;

/// How an abbreviation behaves before a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbreviation {
    /// Never ends a sentence: titles before a name (`Mr.`, `Gen.`, `M.`) and
    /// words that always lead on (`vs.`, `e.g.`, `approx.`).
    Prefix,
    /// Ends a sentence only when the next word looks like the start of one
    /// (`Inc.`, `etc.`, `Jan.`, `No.`, `U.S.`, initials).
    Ambiguous,
}

use std::sync::OnceLock;

use Abbreviation::{Ambiguous as A, Prefix as P};

/// The abbreviations of one language, ready for lookup: its own table and
/// the common one, each entry written in lower case also in its capitalized
/// spelling, sorted for binary search.
pub(crate) struct Abbreviations {
    entries: Vec<(String, Abbreviation)>,
}

impl Abbreviations {
    fn new(own: &[(&str, Abbreviation)]) -> Abbreviations {
        let tables = [own, COMMON];
        let exact = tables
            .iter()
            .flat_map(|table| table.iter())
            .map(|(entry, kind)| (entry.to_string(), *kind));
        let capitalized = tables
            .iter()
            .flat_map(|table| table.iter())
            .filter_map(|(entry, kind)| {
                let mut chars = entry.chars();
                let first = chars.next().filter(|c| c.is_lowercase())?;
                Some((first.to_uppercase().chain(chars).collect::<String>(), *kind))
            });
        // Exact spellings before capitalized ones, the language's own entries
        // before common ones: the stable sort and `dedup` keep the first.
        let mut entries: Vec<(String, Abbreviation)> = exact.chain(capitalized).collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        entries.dedup_by(|later, earlier| later.0 == earlier.0);
        Abbreviations { entries }
    }

    /// How the word written before a period (without the period) behaves.
    pub(crate) fn classify(&self, word: &str) -> Option<Abbreviation> {
        if word.is_empty() || word.len() > MAX_BYTES {
            return None;
        }
        self.entries
            .binary_search_by(|(entry, _)| entry.as_str().cmp(word))
            .ok()
            .map(|found| self.entries[found].1)
            .or_else(|| (is_acronym(word) || is_initial(word)).then_some(A))
    }
}

/// The abbreviations of an ISO 639-1 code: English for an unknown language,
/// only the common ones for a known language without its own table.
pub(crate) fn for_language(language: Option<&str>) -> &'static Abbreviations {
    const SLOTS: usize = TABLES.len() + 1;
    static INDEXES: [OnceLock<Abbreviations>; SLOTS] = [const { OnceLock::new() }; SLOTS];
    let code = language.unwrap_or("en");
    let slot = TABLES
        .iter()
        .position(|(table_code, _)| *table_code == code)
        .unwrap_or(TABLES.len());
    INDEXES[slot].get_or_init(|| Abbreviations::new(TABLES.get(slot).map_or(&[], |(_, table)| table)))
}

/// Whether `word` is written like an acronym of single letters separated by
/// periods, without the final period: `U.S`, `a.m`, `z.B`.
pub(crate) fn is_acronym(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(letter), None) if letter.is_alphabetic() => parts += 1,
            _ => return false,
        }
    }
    parts >= 2
}

/// Whether `word` is a single capital letter, as an initial of a name.
pub(crate) fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(letter), None) if letter.is_uppercase())
}

/// The tables of the languages that have one.
const TABLES: [(&str, &[(&str, Abbreviation)]); 8] = [
    ("en", EN),
    ("fr", FR),
    ("de", DE),
    ("es", ES),
    ("it", IT),
    ("pt", PT),
    ("nl", NL),
    ("ru", RU),
];

/// Used for every language, after its own table.
const COMMON: &[(&str, Abbreviation)] = &[
    ("e.g", P),
    ("i.e", P),
    ("vs", P),
    ("cf", P),
    ("approx", P),
    ("ca", P),
    ("Dr", P),
    ("Prof", P),
    ("St", P),
    ("etc", A),
    ("al", A),
    ("No", A),
    ("Nos", A),
    ("Nr", A),
    ("Jr", A),
    ("Sr", A),
    ("Inc", A),
    ("Corp", A),
    ("Co", A),
    ("Ltd", A),
    ("Bros", A),
    ("Ph.D", A),
    ("p", A),
    ("pp", A),
    ("vol", A),
    ("fig", A),
    ("ed", A),
];

const EN: &[(&str, Abbreviation)] = &[
    // Titles and ranks, always followed by a name.
    ("Mr", P),
    ("Mrs", P),
    ("Ms", P),
    ("Messrs", P),
    ("Mx", P),
    ("Gen", P),
    ("Lt", P),
    ("Col", P),
    ("Maj", P),
    ("Capt", P),
    ("Cpt", P),
    ("Sgt", P),
    ("Cpl", P),
    ("Pvt", P),
    ("Adm", P),
    ("Cmdr", P),
    ("Brig", P),
    ("Sen", P),
    ("Sens", P),
    ("Rep", P),
    ("Reps", P),
    ("Gov", P),
    ("Pres", P),
    ("Rev", P),
    ("Hon", P),
    ("Supt", P),
    ("Insp", P),
    ("Det", P),
    ("Atty", P),
    ("Mt", P),
    ("Ft", P),
    ("Sta", P),
    // Months and days, usually before a number.
    ("Jan", A),
    ("Feb", A),
    ("Mar", A),
    ("Apr", A),
    ("Jun", A),
    ("Jul", A),
    ("Aug", A),
    ("Sep", A),
    ("Sept", A),
    ("Oct", A),
    ("Nov", A),
    ("Dec", A),
    ("Mon", A),
    ("Tue", A),
    ("Tues", A),
    ("Wed", A),
    ("Thu", A),
    ("Thurs", A),
    ("Fri", A),
    ("Sat", A),
    // Places, as in AP style datelines ("Huntsville, Ala.").
    ("Ave", A),
    ("Blvd", A),
    ("Rd", A),
    ("Hwy", A),
    ("Ala", A),
    ("Ariz", A),
    ("Ark", A),
    ("Calif", A),
    ("Colo", A),
    ("Conn", A),
    ("Del", A),
    ("Fla", A),
    ("Ga", A),
    ("Ill", A),
    ("Ind", A),
    ("Kan", A),
    ("Kans", A),
    ("Ky", A),
    ("La", A),
    ("Md", A),
    ("Mass", A),
    ("Mich", A),
    ("Minn", A),
    ("Miss", A),
    ("Mo", A),
    ("Mont", A),
    ("Neb", A),
    ("Nev", A),
    ("Okla", A),
    ("Ore", A),
    ("Pa", A),
    ("Penn", A),
    ("Tenn", A),
    ("Tex", A),
    ("Va", A),
    ("Vt", A),
    ("Wash", A),
    ("Wis", A),
    ("Wyo", A),
    // Others.
    ("Dept", A),
    ("Univ", A),
    ("Assn", A),
    ("est", A),
    ("lb", A),
    ("lbs", A),
    ("oz", A),
    ("ft", A),
    ("mph", A),
    // Court cases: "California v. Texas", "Roe v. Wade".
    ("v", P),
];

const FR: &[(&str, Abbreviation)] = &[
    ("M", P),
    ("MM", P),
    ("Mme", P),
    ("Mmes", P),
    ("Mlle", P),
    ("Mlles", P),
    ("Me", P),
    ("Mgr", P),
    ("Pr", P),
    ("Ste", P),
    ("Gal", P),
    ("Cdt", P),
    ("env", P),
    ("p.ex", P),
    ("av", A),
    ("apr", A),
    ("janv", A),
    ("févr", A),
    ("avr", A),
    ("juil", A),
    ("sept", A),
    ("oct", A),
    ("nov", A),
    ("déc", A),
    ("art", A),
    ("chap", A),
    ("éd", A),
    ("hab", A),
    ("km", A),
];

const DE: &[(&str, Abbreviation)] = &[
    ("Hr", P),
    ("Hrn", P),
    ("Fr", P),
    ("Frl", P),
    ("Dipl", P),
    ("Ing", P),
    ("bzw", P),
    ("vgl", P),
    ("sog", P),
    ("ggf", P),
    ("evtl", P),
    ("inkl", P),
    ("zzgl", P),
    ("bspw", P),
    ("geb", P),
    ("gest", P),
    ("gem", P),
    ("lt", P),
    ("Str", A),
    ("usw", A),
    ("Mio", A),
    ("Mrd", A),
    ("Tsd", A),
    ("Abs", A),
    ("Art", A),
    ("Jh", A),
    ("Jan", A),
    ("Feb", A),
    ("Febr", A),
    ("Aug", A),
    ("Sept", A),
    ("Okt", A),
    ("Nov", A),
    ("Dez", A),
    ("Std", A),
    ("Min", A),
    ("Tel", A),
    ("Gebr", A),
    ("Bd", A),
];

const ES: &[(&str, Abbreviation)] = &[
    ("Sr", P),
    ("Sres", P),
    ("Sra", P),
    ("Sras", P),
    ("Srta", P),
    ("Dra", P),
    ("Dña", P),
    ("Ud", P),
    ("Uds", P),
    ("Vd", P),
    ("Vds", P),
    ("Lic", P),
    ("Ing", P),
    ("Arq", P),
    ("Gral", P),
    ("Cnel", P),
    ("Tte", P),
    ("Sto", P),
    ("aprox", P),
    ("EE.UU", A),
    ("núm", A),
    ("pág", A),
    ("Avda", A),
    ("ene", A),
    ("feb", A),
    ("abr", A),
    ("jun", A),
    ("jul", A),
    ("ago", A),
    ("sept", A),
    ("oct", A),
    ("nov", A),
    ("dic", A),
];

const IT: &[(&str, Abbreviation)] = &[
    ("Sig", P),
    ("Sigg", P),
    ("Dott", P),
    ("Ing", P),
    ("Avv", P),
    ("Geom", P),
    ("On", P),
    ("Gen", P),
    ("Mons", P),
    ("ecc", A),
    ("pag", A),
    ("n", A),
    ("gen", A),
    ("feb", A),
    ("apr", A),
    ("giu", A),
    ("lug", A),
    ("ago", A),
    ("sett", A),
    ("ott", A),
    ("nov", A),
    ("dic", A),
];

const PT: &[(&str, Abbreviation)] = &[
    ("Sr", P),
    ("Sra", P),
    ("Srs", P),
    ("Dra", P),
    ("Exmo", P),
    ("Exma", P),
    ("Profa", P),
    ("Eng", P),
    ("pág", A),
    ("jan", A),
    ("fev", A),
    ("abr", A),
    ("jun", A),
    ("jul", A),
    ("ago", A),
    ("set", A),
    ("out", A),
    ("nov", A),
    ("dez", A),
];

const NL: &[(&str, Abbreviation)] = &[
    ("dhr", P),
    ("mevr", P),
    ("mr", P),
    ("drs", P),
    ("ir", P),
    ("ing", P),
    ("bijv", P),
    ("bv", P),
    ("zgn", P),
    ("enz", A),
    ("blz", A),
    ("jl", A),
    ("jan", A),
    ("feb", A),
    ("mrt", A),
    ("apr", A),
    ("aug", A),
    ("sept", A),
    ("okt", A),
    ("nov", A),
    ("dec", A),
];

const RU: &[(&str, Abbreviation)] = &[
    ("т.е", P),
    ("т.к", P),
    ("ул", P),
    ("им", P),
    ("см", P),
    ("проф", P),
    ("акад", P),
    ("ген", P),
    ("св", P),
    ("т.д", A),
    ("т.п", A),
    ("г", A),
    ("гг", A),
    ("тыс", A),
    ("млн", A),
    ("млрд", A),
    ("руб", A),
    ("долл", A),
    ("стр", A),
    ("рис", A),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn check(language: Option<&str>, word: &str, expected: Option<Abbreviation>) {
        assert_eq!(
            for_language(language).classify(word),
            expected,
            "{language:?}: {word:?}"
        );
    }

    #[test]
    fn classifies_table_words_and_patterns() {
        check(Some("en"), "Mr", Some(P));
        check(Some("en"), "Gen", Some(P));
        check(Some("en"), "Inc", Some(A));
        check(Some("en"), "etc", Some(A));
        check(Some("en"), "Etc", Some(A));
        check(Some("en"), "e.g", Some(P));
        check(Some("en"), "U.S", Some(A));
        check(Some("en"), "F", Some(A));
        check(Some("en"), "No", Some(A));
        check(Some("en"), "no", None);
        check(Some("en"), "house", None);
        check(Some("en"), "", None);
        check(Some("fr"), "M", Some(P));
        check(Some("de"), "z.B", Some(A));
        check(Some("de"), "Nr", Some(A));
        check(Some("es"), "Sra", Some(P));
        check(Some("es"), "EE.UU", Some(A));
        check(Some("ru"), "т.е", Some(P));
        check(None, "Mrs", Some(P));
        check(Some("pl"), "Mrs", None);
        check(Some("pl"), "etc", Some(A));
        check(Some("it"), "Gen", Some(P));
        check(Some("it"), "gen", Some(A));
        check(Some("es"), "Sr", Some(P));
        check(Some("en"), "Sr", Some(A));
    }

    #[test]
    fn acronyms_and_initials() {
        assert!(is_acronym("U.S"));
        assert!(is_acronym("a.m"));
        assert!(is_acronym("U.S.A"));
        assert!(!is_acronym("U"));
        assert!(!is_acronym("U.S."));
        assert!(!is_acronym("www.example"));
        assert!(!is_acronym("3.5"));
        assert!(is_initial("J"));
        assert!(is_initial("Ж"));
        assert!(!is_initial("j"));
        assert!(!is_initial("Jo"));
    }

    #[test]
    fn tables_hold_no_duplicates_or_periods_at_the_end() {
        for table in [COMMON, EN, FR, DE, ES, IT, PT, NL, RU] {
            for (index, (entry, _)) in table.iter().enumerate() {
                assert!(!entry.ends_with('.') && !entry.is_empty(), "bad entry {entry:?}");
                assert!(
                    !table[index + 1..].iter().any(|(other, _)| other == entry),
                    "duplicate entry {entry:?}"
                );
            }
        }
    }
}
