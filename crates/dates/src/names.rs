//! The words of dates, per language: month and weekday names, words for
//! days relative to today, units of time, and the small words around them
//! ("last", "ago", "in", "since").
//!
//! English, French, German and Spanish have their own tables; every other
//! language uses the English one. Each table is built once into a hash map
//! from the lower-cased word to an [`Entry`] that says every role the word
//! can play, so that a matcher looks each token up once.

use std::sync::LazyLock;

use chorus_model::hash::{term_hash, TermMap};
use chrono::Weekday;

/// A language with its own date words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    /// English, and every language without a table.
    En,
    /// French.
    Fr,
    /// German.
    De,
    /// Spanish.
    Es,
}

impl Lang {
    /// The table for an ISO 639-1 code (English when unknown).
    pub fn of(code: Option<&str>) -> Lang {
        match code.map(|c| c.get(..2).unwrap_or(c)) {
            Some("fr") => Lang::Fr,
            Some("de") => Lang::De,
            Some("es") => Lang::Es,
            _ => Lang::En,
        }
    }

    /// Whether names of months and weekdays are capitalized in running
    /// text, so that a lower-case one is another word ("may", "march").
    pub fn capitalizes_names(self) -> bool {
        matches!(self, Lang::En | Lang::De)
    }
}

/// A unit of time in "two days ago", "last month".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Minutes or hours: "hours ago" is today.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
    /// The weekend.
    Weekend,
}

/// Roles a word can play in a date expression.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Month number 1–12, 0 when the word is no month name.
    pub month: u8,
    /// The month name is an abbreviation ("Sept"), trusted only next to a
    /// day or year.
    pub month_abbreviation: bool,
    /// Weekday, when the word names one.
    pub weekday: Option<Weekday>,
    /// The weekday word also says the part of the day (German
    /// "Mittwochabend").
    pub weekday_with_part: bool,
    /// An abbreviated weekday ("Thu"), trusted only before a full date.
    pub weekday_abbreviation: bool,
    /// Days from the publication day: "yesterday" −1, "today" 0.
    pub day_offset: Option<i8>,
    /// A small count: "a" 1, "two" 2, "zwei" 2.
    pub count: u8,
    /// A unit of time.
    pub unit: Option<Unit>,
    /// Other roles, as `ROLE_*` bits.
    pub roles: u16,
}

/// "night", "evening", "morning", "soir", "Abend": may follow a weekday.
pub(crate) const PART_OF_DAY: u16 = 1;
/// "ago" after a duration.
pub(crate) const AGO_AFTER: u16 = 1 << 1;
/// "vor", "hace" before a duration ("il y a" is matched as a phrase).
pub(crate) const AGO_BEFORE: u16 = 1 << 2;
/// "last", "past", "previous", "dernier", "letzten", "pasado".
pub(crate) const LAST: u16 = 1 << 3;
/// "this", "ce", "dieses", "este".
pub(crate) const THIS: u16 = 1 << 4;
/// "next", "coming", "prochain", "nächsten", "próximo".
pub(crate) const NEXT: u16 = 1 << 5;
/// "earlier" before "this month".
pub(crate) const EARLIER: u16 = 1 << 6;
/// A preposition or word that makes a following year or month a date:
/// "in", "since", "until", "early", "mid", "en", "seit", "desde".
pub(crate) const DATE_PREP: u16 = 1 << 7;
/// "on", "am", "le", "el": the preposition kept with a weekday.
pub(crate) const ON: u16 = 1 << 8;
/// "of", "de": between a day and its month, or a month and its year.
pub(crate) const OF: u16 = 1 << 9;
/// "the", "le", "la", "das", "el": an article before "weekend".
pub(crate) const ARTICLE: u16 = 1 << 10;
/// A word that marks the future in a sentence: "will", "scheduled".
pub(crate) const FUTURE: u16 = 1 << 11;
/// A word before a weekday that makes it a name ("Bloody Sunday"), or
/// after it ("Sunday Times"), or marks a habit ("los lunes").
pub(crate) const NOT_A_DAY: u16 = 1 << 12;
/// "since", "depuis", "seit", "desde": the date after it opens a period
/// that lasts until the time of writing.
pub(crate) const PERIOD_START: u16 = 1 << 13;
/// "about", "nearly", "over", "than" (in "more than"), "least" (in "at
/// least") just before a count: the duration is approximate or a bound.
pub(crate) const APPROXIMATE: u16 = 1 << 14;

/// The words of one language, for building its table.
struct Words {
    months: [&'static str; 12],
    month_abbreviations: [&'static str; 12],
    weekdays: [&'static str; 7],
    weekday_abbreviations: [&'static str; 7],
    day_offsets: &'static [(&'static str, i8)],
    counts: &'static [(&'static str, u8)],
    units: &'static [(&'static str, Unit)],
    roles: &'static [(&'static str, u16)],
}

const ENGLISH: Words = Words {
    months: chorus_text::ENGLISH_MONTHS,
    month_abbreviations: [
        "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep|sept", "oct", "nov", "dec",
    ],
    weekdays: chorus_text::ENGLISH_WEEKDAYS,
    weekday_abbreviations: ["mon", "tue|tues", "wed", "thu|thur|thurs", "fri", "sat", "sun"],
    day_offsets: &[("yesterday", -1), ("today", 0), ("tonight", 0), ("tomorrow", 1)],
    counts: &[
        ("a", 1),
        ("an", 1),
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("eleven", 11),
        ("twelve", 12),
    ],
    units: &[
        ("minute", Unit::Hour),
        ("minutes", Unit::Hour),
        ("hour", Unit::Hour),
        ("hours", Unit::Hour),
        ("day", Unit::Day),
        ("days", Unit::Day),
        ("week", Unit::Week),
        ("weeks", Unit::Week),
        ("month", Unit::Month),
        ("months", Unit::Month),
        ("year", Unit::Year),
        ("years", Unit::Year),
        ("weekend", Unit::Weekend),
        ("week-end", Unit::Weekend),
    ],
    roles: &[
        ("night", PART_OF_DAY),
        ("evening", PART_OF_DAY),
        ("morning", PART_OF_DAY),
        ("afternoon", PART_OF_DAY),
        ("ago", AGO_AFTER),
        ("last", LAST),
        ("past", LAST),
        ("previous", LAST),
        ("this", THIS),
        ("next", NEXT),
        ("coming", NEXT),
        ("earlier", EARLIER),
        ("in", DATE_PREP),
        ("since", DATE_PREP | PERIOD_START),
        ("until", DATE_PREP),
        ("till", DATE_PREP),
        ("by", DATE_PREP),
        ("before", DATE_PREP),
        ("after", DATE_PREP),
        ("during", DATE_PREP),
        ("from", DATE_PREP),
        ("through", DATE_PREP),
        ("throughout", DATE_PREP),
        ("early", DATE_PREP),
        ("late", DATE_PREP),
        ("mid", DATE_PREP),
        ("on", ON),
        ("of", OF),
        ("the", ARTICLE),
        ("will", FUTURE),
        ("scheduled", FUTURE),
        ("upcoming", FUTURE),
        ("planned", FUTURE),
        ("due", FUTURE),
        ("about", APPROXIMATE),
        ("around", APPROXIMATE),
        ("some", APPROXIMATE),
        ("roughly", APPROXIMATE),
        ("nearly", APPROXIMATE),
        ("almost", APPROXIMATE),
        ("approximately", APPROXIMATE),
        ("over", APPROXIMATE),
        ("than", APPROXIMATE),
        ("least", APPROXIMATE),
        ("under", APPROXIMATE),
        ("bloody", NOT_A_DAY),
        ("black", NOT_A_DAY),
        ("good", NOT_A_DAY),
        ("super", NOT_A_DAY),
        ("ash", NOT_A_DAY),
        ("holy", NOT_A_DAY),
        ("palm", NOT_A_DAY),
        ("easter", NOT_A_DAY),
        ("cyber", NOT_A_DAY),
        ("times", NOT_A_DAY),
        ("telegraph", NOT_A_DAY),
        ("mirror", NOT_A_DAY),
        ("express", NOT_A_DAY),
        ("herald", NOT_A_DAY),
        ("school", NOT_A_DAY),
        ("league", NOT_A_DAY),
    ],
};

const FRENCH: Words = Words {
    months: [
        "janvier",
        "février|fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août|aout",
        "septembre",
        "octobre",
        "novembre",
        "décembre|decembre",
    ],
    month_abbreviations: [
        "janv",
        "févr|fév|fevr",
        "",
        "avr",
        "",
        "",
        "juil",
        "",
        "sept",
        "oct",
        "nov",
        "déc|dec",
    ],
    weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    weekday_abbreviations: ["", "", "", "", "", "", ""],
    day_offsets: &[("hier", -1), ("avant-hier", -2), ("aujourd'hui", 0), ("demain", 1)],
    counts: &[
        ("un", 1),
        ("une", 1),
        ("deux", 2),
        ("trois", 3),
        ("quatre", 4),
        ("cinq", 5),
        ("six", 6),
        ("sept", 7),
        ("huit", 8),
        ("neuf", 9),
        ("dix", 10),
        ("onze", 11),
        ("douze", 12),
        ("quinze", 15),
    ],
    units: &[
        ("minute", Unit::Hour),
        ("minutes", Unit::Hour),
        ("heure", Unit::Hour),
        ("heures", Unit::Hour),
        ("jour", Unit::Day),
        ("jours", Unit::Day),
        ("semaine", Unit::Week),
        ("semaines", Unit::Week),
        ("mois", Unit::Month),
        ("an", Unit::Year),
        ("ans", Unit::Year),
        ("année", Unit::Year),
        ("années", Unit::Year),
        ("week-end", Unit::Weekend),
        ("weekend", Unit::Weekend),
    ],
    roles: &[
        ("soir", PART_OF_DAY),
        ("matin", PART_OF_DAY),
        ("après-midi", PART_OF_DAY),
        ("nuit", PART_OF_DAY),
        ("soirée", PART_OF_DAY),
        ("matinée", PART_OF_DAY),
        ("dernier", LAST),
        ("dernière", LAST),
        ("passé", LAST),
        ("passée", LAST),
        ("ce", THIS),
        ("cette", THIS),
        ("prochain", NEXT),
        ("prochaine", NEXT),
        ("en", DATE_PREP),
        ("depuis", DATE_PREP | PERIOD_START),
        ("jusqu'en", DATE_PREP),
        ("avant", DATE_PREP),
        ("après", DATE_PREP),
        ("dès", DATE_PREP),
        ("début", DATE_PREP),
        ("fin", DATE_PREP),
        ("courant", DATE_PREP),
        ("le", ON | ARTICLE),
        ("de", OF),
        ("la", ARTICLE),
        ("sera", FUTURE),
        ("prévu", FUTURE),
        ("prévue", FUTURE),
        ("aura", FUTURE),
        ("jusqu'au", FUTURE),
        ("prochain", NEXT | FUTURE),
        ("prochaine", NEXT | FUTURE),
    ],
};

const GERMAN: Words = Words {
    months: [
        "januar|jänner",
        "februar",
        "märz|maerz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    month_abbreviations: [
        "jan", "feb", "mär", "apr", "", "jun", "jul", "aug", "sep|sept", "okt", "nov", "dez",
    ],
    weekdays: [
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag|sonnabend",
        "sonntag",
    ],
    weekday_abbreviations: ["", "", "", "", "", "", ""],
    day_offsets: &[("gestern", -1), ("vorgestern", -2), ("heute", 0), ("morgen", 1)],
    counts: &[
        ("einem", 1),
        ("einer", 1),
        ("zwei", 2),
        ("drei", 3),
        ("vier", 4),
        ("fünf", 5),
        ("sechs", 6),
        ("sieben", 7),
        ("acht", 8),
        ("neun", 9),
        ("zehn", 10),
        ("elf", 11),
        ("zwölf", 12),
    ],
    units: &[
        ("minuten", Unit::Hour),
        ("stunde", Unit::Hour),
        ("stunden", Unit::Hour),
        ("tag", Unit::Day),
        ("tagen", Unit::Day),
        ("woche", Unit::Week),
        ("wochen", Unit::Week),
        ("monat", Unit::Month),
        ("monaten", Unit::Month),
        ("jahr", Unit::Year),
        ("jahren", Unit::Year),
        ("wochenende", Unit::Weekend),
    ],
    roles: &[
        ("abend", PART_OF_DAY),
        ("nacht", PART_OF_DAY),
        ("nachmittag", PART_OF_DAY),
        ("vormittag", PART_OF_DAY),
        ("mittag", PART_OF_DAY),
        ("vor", AGO_BEFORE | DATE_PREP),
        ("letzten", LAST),
        ("letztes", LAST),
        ("letzte", LAST),
        ("vergangenen", LAST),
        ("vergangenes", LAST),
        ("vergangene", LAST),
        ("vorigen", LAST),
        ("voriges", LAST),
        ("dieses", THIS),
        ("diesen", THIS),
        ("diesem", THIS),
        ("nächsten", NEXT),
        ("nächste", NEXT),
        ("kommenden", NEXT),
        ("im", DATE_PREP),
        ("seit", DATE_PREP | PERIOD_START),
        ("bis", DATE_PREP),
        ("nach", DATE_PREP),
        ("anfang", DATE_PREP),
        ("ende", DATE_PREP),
        ("mitte", DATE_PREP),
        ("jahr", DATE_PREP),
        ("am", ON | ARTICLE),
        ("das", ARTICLE),
        ("wird", FUTURE),
        ("soll", FUTURE),
        ("geplant", FUTURE),
    ],
};

const SPANISH: Words = Words {
    months: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre|setiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    month_abbreviations: [
        "ene", "feb", "mar", "abr", "", "jun", "jul", "ago", "sep|sept", "oct", "nov", "dic",
    ],
    weekdays: [
        "lunes",
        "martes",
        "miércoles|miercoles",
        "jueves",
        "viernes",
        "sábado|sabado",
        "domingo",
    ],
    weekday_abbreviations: ["", "", "", "", "", "", ""],
    day_offsets: &[("ayer", -1), ("anteayer", -2), ("anoche", -1), ("hoy", 0)],
    counts: &[
        ("un", 1),
        ("una", 1),
        ("dos", 2),
        ("tres", 3),
        ("cuatro", 4),
        ("cinco", 5),
        ("seis", 6),
        ("siete", 7),
        ("ocho", 8),
        ("nueve", 9),
        ("diez", 10),
        ("once", 11),
        ("doce", 12),
        ("quince", 15),
    ],
    units: &[
        ("minutos", Unit::Hour),
        ("hora", Unit::Hour),
        ("horas", Unit::Hour),
        ("día", Unit::Day),
        ("días", Unit::Day),
        ("dia", Unit::Day),
        ("dias", Unit::Day),
        ("semana", Unit::Week),
        ("semanas", Unit::Week),
        ("mes", Unit::Month),
        ("meses", Unit::Month),
        ("año", Unit::Year),
        ("años", Unit::Year),
    ],
    roles: &[
        ("noche", PART_OF_DAY),
        ("tarde", PART_OF_DAY),
        ("mañana", PART_OF_DAY),
        ("hace", AGO_BEFORE),
        ("pasado", LAST),
        ("pasada", LAST),
        ("este", THIS),
        ("esta", THIS),
        ("próximo", NEXT),
        ("próxima", NEXT),
        ("en", DATE_PREP),
        ("desde", DATE_PREP | PERIOD_START),
        ("hasta", DATE_PREP),
        ("principios", DATE_PREP),
        ("finales", DATE_PREP),
        ("el", ON | ARTICLE),
        ("de", OF),
        ("los", NOT_A_DAY),
        ("será", FUTURE),
        ("prevista", FUTURE),
        ("previsto", FUTURE),
    ],
};

/// One language's table.
pub(crate) struct Table {
    map: TermMap<(&'static str, Entry)>,
}

impl Table {
    fn build(words: &Words) -> Table {
        let mut table = Table {
            map: TermMap::default(),
        };
        for (i, names) in words.months.iter().enumerate() {
            for name in names.split('|') {
                table.entry(name).month = i as u8 + 1;
            }
        }
        for (i, names) in words.month_abbreviations.iter().enumerate() {
            for name in names.split('|').filter(|n| !n.is_empty()) {
                let entry = table.entry(name);
                if entry.month == 0 {
                    entry.month = i as u8 + 1;
                    entry.month_abbreviation = true;
                }
            }
        }
        for (i, names) in words.weekdays.iter().enumerate() {
            for name in names.split('|') {
                table.entry(name).weekday = Weekday::try_from(i as u8).ok();
            }
        }
        for (i, names) in words.weekday_abbreviations.iter().enumerate() {
            for name in names.split('|').filter(|n| !n.is_empty()) {
                let entry = table.entry(name);
                entry.weekday = Weekday::try_from(i as u8).ok();
                entry.weekday_abbreviation = true;
            }
        }
        for &(word, offset) in words.day_offsets {
            table.entry(word).day_offset = Some(offset);
        }
        for &(word, count) in words.counts {
            table.entry(word).count = count;
        }
        for &(word, unit) in words.units {
            table.entry(word).unit = Some(unit);
        }
        for &(word, roles) in words.roles {
            table.entry(word).roles |= roles;
        }
        table
    }

    fn entry(&mut self, word: &'static str) -> &mut Entry {
        &mut self.map.entry(term_hash(word)).or_insert((word, Entry::default())).1
    }

    /// Every role of a lower-cased word (none when it is no date word).
    /// A possessive `'s` and a French elided article (`l'an`) are ignored.
    pub fn get(&self, word: &str) -> Entry {
        if let Some(entry) = self.exact(word) {
            return entry;
        }
        let bare = word.strip_suffix("'s").unwrap_or(word);
        let bare = bare
            .strip_prefix("l'")
            .or_else(|| bare.strip_prefix("d'"))
            .unwrap_or(bare);
        if bare.len() == word.len() {
            return Entry::default();
        }
        self.exact(bare).unwrap_or_default()
    }

    /// The roles of a token's lower-cased word, also reading a month in an
    /// abbreviation with its period ("sept.") or after "mid-" / "mi-", and
    /// a German weekday compound with a part of the day ("mittwochabend").
    pub fn token_entry(&self, word: &str, lang: Lang) -> Entry {
        let mut entry = self.get(word);
        if entry.month == 0 {
            let bare = word.strip_suffix('.').unwrap_or(word);
            let bare = bare
                .strip_prefix("mid-")
                .or_else(|| bare.strip_prefix("mi-"))
                .unwrap_or(bare);
            if bare.len() < word.len() {
                let month = self.get(bare);
                entry.month = month.month;
                entry.month_abbreviation = month.month_abbreviation;
            }
        }
        if lang == Lang::De && entry.weekday.is_none() {
            if let Some(weekday) = german_weekday_compound(self, word) {
                entry.weekday = Some(weekday);
                entry.weekday_with_part = true;
            }
        }
        entry
    }

    fn exact(&self, word: &str) -> Option<Entry> {
        match self.map.get(&term_hash(word)) {
            Some((key, entry)) if *key == word => Some(*entry),
            _ => None,
        }
    }
}

static TABLES: LazyLock<[Table; 4]> = LazyLock::new(|| {
    [
        Table::build(&ENGLISH),
        Table::build(&FRENCH),
        Table::build(&GERMAN),
        Table::build(&SPANISH),
    ]
});

/// The table of a language.
pub(crate) fn table(lang: Lang) -> &'static Table {
    let index = match lang {
        Lang::En => 0,
        Lang::Fr => 1,
        Lang::De => 2,
        Lang::Es => 3,
    };
    &TABLES[index]
}

/// A German weekday compound with a part of the day ("mittwochabend"):
/// the weekday, when the word is one.
pub(crate) fn german_weekday_compound(table: &Table, word: &str) -> Option<Weekday> {
    const PARTS: [&str; 5] = ["abend", "nacht", "nachmittag", "vormittag", "morgen"];
    PARTS
        .iter()
        .find_map(|part| word.strip_suffix(part))
        .and_then(|day| table.get(day).weekday)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_have_their_roles() {
        let en = table(Lang::En);
        assert_eq!(en.get("september").month, 9);
        assert!(en.get("sept").month_abbreviation);
        assert_eq!(en.get("wednesday's").weekday, Some(Weekday::Wed));
        assert_eq!(en.get("yesterday").day_offset, Some(-1));
        assert_eq!(en.get("a").count, 1);
        assert_eq!(en.get("weeks").unit, Some(Unit::Week));
        assert_eq!(en.get("table"), Entry::default());
        let fr = table(Lang::Fr);
        assert_eq!(fr.get("l'an").unit, Some(Unit::Year));
        assert_eq!(fr.get("août").month, 8);
        let de = table(Lang::De);
        assert_eq!(german_weekday_compound(de, "mittwochabend"), Some(Weekday::Wed));
        assert_eq!(Lang::of(Some("pt")), Lang::En);
    }
}
