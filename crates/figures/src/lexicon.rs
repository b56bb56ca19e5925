//! The words of figures, per language: number words, multipliers, vague
//! quantities, units, qualifiers, and the small words that tell a figure
//! from a date, a time, an age or a label.
//!
//! English, French, German and Spanish have their own tables; every other
//! language uses the English one. A table is built once into a hash map
//! from the lower-cased word to an [`Entry`] with every role the word can
//! play, so that a token is looked up once per question at most.

use std::sync::LazyLock;

use chorus_model::hash::{term_hash, TermMap};
use chorus_model::Approximation;

/// A language with its own figure words.
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

    /// Whether a plain space may group thousands ("4 000"): in French,
    /// German and Spanish; English text does it only with a no-break space.
    pub fn space_groups_thousands(self) -> bool {
        self != Lang::En
    }

    /// Whether adjectives follow the noun ("combattants syriens"), so that
    /// the head of a counted phrase is its first word.
    pub fn head_first(self) -> bool {
        matches!(self, Lang::Fr | Lang::Es)
    }
}

/// What a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitKind {
    /// Money: the unit is an ISO 4217 code.
    Currency,
    /// `%` or percentage points `pp`.
    Percent,
    /// Lengths, weights, areas, durations.
    Measure,
}

/// Roles a word can play around a figure.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Entry {
    /// Value of a number word: "three" 3, "twenty" 20, "cinq" 5.
    pub number: f64,
    /// A multiplier: "hundred" 100, "thousand", "million", "dozen" 12,
    /// "Millionen"; after a number it multiplies it.
    pub multiplier: f64,
    /// A vague plural: "hundreds" 100, "dozens" 12, "milliers" 1000.
    pub vague: f64,
    /// A noun of approximate quantity after "a"/"une": "une centaine" 100.
    pub about_noun: f64,
    /// A unit after a number: currency code, `%`, `km`, `days`…
    pub unit: Option<(&'static str, UnitKind)>,
    /// Other roles, as bits.
    pub roles: u32,
}

/// The entry of a word that plays no role.
pub(crate) static NONE: Entry = Entry {
    number: 0.0,
    multiplier: 0.0,
    vague: 0.0,
    about_noun: 0.0,
    unit: None,
    roles: 0,
};

/// "a", "an", "un", "une", "ein", "una": one, before a multiplier.
pub(crate) const ONE_ARTICLE: u32 = 1;
/// "and", "et", "und", "y": joins number words, ends a "between" range.
pub(crate) const AND: u32 = 1 << 1;
/// "of", "de", "von": before what a vague plural counts.
pub(crate) const OF: u32 = 1 << 2;
/// "the", "these", "les", "des", "die", "los": skipped after "of".
pub(crate) const DETERMINER: u32 = 1 << 3;
/// A month name: a number next to it is a day or a year.
pub(crate) const MONTH: u32 = 1 << 4;
/// "am", "pm", "GMT", "Uhr", "heures": the number is a time.
pub(crate) const TIME: u32 = 1 << 5;
/// "aged", "age", "ages", "âgé": the number is an age.
pub(crate) const AGE: u32 = 1 << 6;
/// "No.", "article", "resolution", "page": the number is a label.
pub(crate) const LABEL: u32 = 1 << 7;
/// "more", "other", "additional": skipped before a counted noun.
pub(crate) const MODIFIER: u32 = 1 << 8;
/// "ago": a duration before it is a date.
pub(crate) const AGO: u32 = 1 << 9;
/// "vor", "hace": a duration after it is a date.
pub(crate) const AGO_BEFORE: u32 = 1 << 10;
/// "to", "à", "bis", "a": joins the two ends of a range.
pub(crate) const RANGE_TO: u32 = 1 << 11;
/// "or", "ou", "oder", "o": "two or three".
pub(crate) const RANGE_OR: u32 = 1 << 12;
/// "between", "entre", "zwischen": opens a range closed by "and".
pub(crate) const BETWEEN: u32 = 1 << 13;
/// "from", "de", "von", "desde": opens a range closed by "to", or gives
/// an origin ("from northern Syria").
pub(crate) const FROM: u32 = 1 << 14;
/// "rose", "fell", "increased": "from X to Y" after it is a change.
pub(crate) const CHANGE: u32 = 1 << 15;
/// "several", "few", "plusieurs", "mehrere", "varios": before a multiplier.
pub(crate) const FEW: u32 = 1 << 16;
/// The last word of an approximation phrase ("least" in "at least").
pub(crate) const QUALIFIER_END: u32 = 1 << 17;
/// "old" in "17 years old".
pub(crate) const OLD: u32 = 1 << 18;
/// "northern", "eastern": between "from" and a country.
pub(crate) const DIRECTION: u32 = 1 << 19;
/// "street", "avenue": a number before it is an address.
pub(crate) const STREET: u32 = 1 << 20;
/// A verb or adverb that ends a counted phrase ("died", "said").
pub(crate) const ENDS_PHRASE: u32 = 1 << 21;
/// "one", "un", "eins", "uno": a count of one, kept only before a known
/// counted noun.
pub(crate) const ONE: u32 = 1 << 22;
/// "percent" before "point(s)", and "per"/"pour"/"por" before "cent".
pub(crate) const PERCENT_START: u32 = 1 << 23;
/// A weekday or a day word ("Monday", "yesterday", "early"): ends a
/// counted phrase ("four people early Wednesday").
pub(crate) const WHEN: u32 = 1 << 24;
/// "all" before a number: the number is a whole, not a part ("all four of
/// the victims").
pub(crate) const WHOLE: u32 = 1 << 25;
/// "other", "more", "additional", "another" next to a number: the number
/// counts the rest of something ("six other victims", "two more
/// suspects", "four others", "another three people"), no whole.
pub(crate) const REMAINDER: u32 = 1 << 26;

/// The words of one language, for building its table.
struct Words {
    /// "word=value" lists of number words.
    numbers: &'static str,
    /// "word=value" lists of multipliers (singular and plural).
    multipliers: &'static str,
    /// "word=value" lists of vague plurals.
    vague: &'static str,
    /// "word=value" lists of nouns of approximate quantity.
    about_nouns: &'static str,
    /// "word=unit" lists of currencies.
    currencies: &'static str,
    /// "word=unit" lists of measures.
    measures: &'static str,
    /// Words of percent, as units.
    percents: &'static str,
    months: &'static str,
    /// Weekdays and day words, as [`WHEN`].
    when: &'static str,
    roles: &'static [(&'static str, u32)],
    /// Approximation phrases, before the number.
    qualifiers: &'static [(&'static str, Approximation)],
}

const ENGLISH: Words = Words {
    numbers: "two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 \
              twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 \
              eighteen=18 nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 sixty=60 \
              seventy=70 eighty=80 ninety=90 one=1",
    multipliers: "hundred=100 thousand=1000 million=1e6 billion=1e9 trillion=1e12 dozen=12 \
                  mn=1e6 bn=1e9 tn=1e12 k=1000",
    vague: "dozens=12 hundreds=100 thousands=1000 millions=1e6 billions=1e9 tens=10",
    about_nouns: "",
    currencies:
        "dollar=USD dollars=USD euro=EUR euros=EUR sterling=GBP yen=JPY yuan=CNY renminbi=CNY rouble=RUB roubles=RUB \
                 ruble=RUB rubles=RUB lira=TRY liras=TRY lire=TRY rupee=INR rupees=INR \
                 manat=AZN manats=AZN dram=AMD drams=AMD rial=IRR rials=IRR shekel=ILS \
                 shekels=ILS hryvnia=UAH hryvnias=UAH francs=CHF",
    measures: "km=km kilometres=km kilometers=km kilometre=km kilometer=km miles=mi mile=mi \
               metres=m meters=m kg=kg kilograms=kg kilos=kg tonnes=t tons=t tonne=t ton=t \
               hectares=ha acres=acre litres=l liters=l barrels=bbl pound=lb pounds=lb \
               feet=ft foot=ft inches=in yards=yd seconds=seconds \
               minutes=minutes hours=hours hour=hours days=days day=days weeks=weeks \
               week=weeks months=months month=months years=years year=years",
    percents: "%=% percent=% pct=% ٪=%",
    months: "january february march april may june july august september october november \
             december jan feb mar apr jun jul aug sep sept oct nov dec",
    when: "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight \
           tomorrow early late",
    roles: &[
        ("a", ONE_ARTICLE),
        ("an", ONE_ARTICLE),
        ("one", ONE),
        ("and", AND),
        ("of", OF),
        ("all", WHOLE),
        ("the", DETERMINER),
        ("these", DETERMINER),
        ("those", DETERMINER),
        ("their", DETERMINER),
        ("its", DETERMINER),
        ("his", DETERMINER),
        ("her", DETERMINER),
        ("am", TIME),
        ("pm", TIME),
        ("a.m.", TIME),
        ("p.m.", TIME),
        ("gmt", TIME),
        ("utc", TIME),
        ("o'clock", TIME),
        ("hrs", TIME),
        ("aged", AGE),
        ("age", AGE),
        ("ages", AGE),
        ("no", LABEL),
        ("no.", LABEL),
        ("nos.", LABEL),
        ("number", LABEL),
        ("#", LABEL),
        ("article", LABEL),
        ("articles", LABEL),
        ("section", LABEL),
        ("chapter", LABEL),
        ("resolution", LABEL),
        ("page", LABEL),
        ("pages", LABEL),
        ("paragraph", LABEL),
        ("item", LABEL),
        ("route", LABEL),
        ("flight", LABEL),
        ("line", LABEL),
        ("room", LABEL),
        ("act", LABEL),
        ("amendment", LABEL),
        ("vol.", LABEL),
        ("volume", LABEL),
        ("episode", LABEL),
        ("season", LABEL),
        ("level", LABEL),
        ("phase", LABEL),
        ("grade", LABEL),
        ("version", LABEL),
        ("channel", LABEL),
        ("gate", LABEL),
        ("platform", LABEL),
        ("highway", LABEL),
        ("interstate", LABEL),
        ("district", LABEL),
        ("ward", LABEL),
        ("precinct", LABEL),
        ("apartment", LABEL),
        ("apt.", LABEL),
        ("suite", LABEL),
        ("floor", LABEL),
        ("block", LABEL | STREET),
        ("box", LABEL),
        ("figure", LABEL),
        ("table", LABEL),
        ("rule", LABEL),
        ("bill", LABEL),
        ("model", LABEL),
        ("type", LABEL),
        ("series", LABEL),
        ("war", LABEL),
        ("covid", LABEL),
        ("top", LABEL),
        ("formula", LABEL),
        ("code", LABEL),
        ("unit", LABEL),
        ("rank", LABEL),
        ("more", MODIFIER | REMAINDER),
        ("another", REMAINDER),
        ("other", MODIFIER | REMAINDER),
        ("others", MODIFIER | REMAINDER),
        ("additional", MODIFIER | REMAINDER),
        ("further", MODIFIER | REMAINDER),
        ("extra", MODIFIER | REMAINDER),
        ("such", MODIFIER),
        ("new", MODIFIER),
        ("ago", AGO),
        ("to", RANGE_TO),
        ("-", RANGE_TO),
        ("–", RANGE_TO),
        ("—", RANGE_TO),
        ("or", RANGE_OR),
        ("between", BETWEEN),
        ("from", FROM),
        ("rose", CHANGE),
        ("fell", CHANGE),
        ("increased", CHANGE),
        ("decreased", CHANGE),
        ("dropped", CHANGE),
        ("jumped", CHANGE),
        ("grew", CHANGE),
        ("climbed", CHANGE),
        ("declined", CHANGE),
        ("rising", CHANGE),
        ("falling", CHANGE),
        ("raised", CHANGE),
        ("cut", CHANGE),
        ("went", CHANGE),
        ("up", CHANGE),
        ("down", CHANGE),
        ("several", FEW),
        ("few", FEW),
        ("couple", FEW),
        ("old", OLD),
        ("northern", DIRECTION),
        ("southern", DIRECTION),
        ("eastern", DIRECTION),
        ("western", DIRECTION),
        ("north", DIRECTION),
        ("south", DIRECTION),
        ("east", DIRECTION),
        ("west", DIRECTION),
        ("central", DIRECTION),
        ("street", STREET),
        ("avenue", STREET),
        ("road", STREET),
        ("st.", STREET),
        ("st", STREET),
        ("ave.", STREET),
        ("ave", STREET),
        ("rd.", STREET),
        ("boulevard", STREET),
        ("blvd", STREET),
        ("blvd.", STREET),
        ("drive", STREET),
        ("dr.", STREET),
        ("lane", STREET),
        ("court", STREET),
        ("terrace", STREET),
        ("parkway", STREET),
        ("highway", STREET),
        ("hwy", STREET),
        ("hwy.", STREET),
        ("said", ENDS_PHRASE),
        ("says", ENDS_PHRASE),
        ("say", ENDS_PHRASE),
        ("died", ENDS_PHRASE),
        ("die", ENDS_PHRASE),
        ("fled", ENDS_PHRASE),
        ("remain", ENDS_PHRASE),
        ("remained", ENDS_PHRASE),
        ("live", ENDS_PHRASE),
        ("lived", ENDS_PHRASE),
        ("fought", ENDS_PHRASE),
        ("left", ENDS_PHRASE),
        ("went", ENDS_PHRASE),
        ("came", ENDS_PHRASE),
        ("took", ENDS_PHRASE),
        ("made", ENDS_PHRASE),
        ("got", ENDS_PHRASE),
        ("ago", ENDS_PHRASE),
        ("later", ENDS_PHRASE),
        ("earlier", ENDS_PHRASE),
        ("apart", ENDS_PHRASE),
        ("saw", ENDS_PHRASE),
        ("see", ENDS_PHRASE),
        ("gave", ENDS_PHRASE),
        ("told", ENDS_PHRASE),
        ("found", ENDS_PHRASE),
        ("held", ENDS_PHRASE),
        ("kept", ENDS_PHRASE),
        ("fell", ENDS_PHRASE),
        ("rose", ENDS_PHRASE),
        ("began", ENDS_PHRASE),
        ("became", ENDS_PHRASE),
        ("brought", ENDS_PHRASE),
        ("ran", ENDS_PHRASE),
        ("met", ENDS_PHRASE),
        ("lost", ENDS_PHRASE),
        ("won", ENDS_PHRASE),
        ("stood", ENDS_PHRASE),
        ("sat", ENDS_PHRASE),
        ("spent", ENDS_PHRASE),
        ("paid", ENDS_PHRASE),
        ("sent", ENDS_PHRASE),
        ("put", ENDS_PHRASE),
        ("set", ENDS_PHRASE),
        ("hit", ENDS_PHRASE),
        ("need", ENDS_PHRASE),
        ("needs", ENDS_PHRASE),
        ("want", ENDS_PHRASE),
        ("wanted", ENDS_PHRASE),
        ("joined", ENDS_PHRASE),
        ("arrive", ENDS_PHRASE),
        ("close", ENDS_PHRASE),
        ("shot", ENDS_PHRASE),
        ("knew", ENDS_PHRASE),
        ("know", ENDS_PHRASE),
        ("thought", ENDS_PHRASE),
        ("felt", ENDS_PHRASE),
        ("heard", ENDS_PHRASE),
        ("meant", ENDS_PHRASE),
        ("wrote", ENDS_PHRASE),
        ("spoke", ENDS_PHRASE),
        ("drove", ENDS_PHRASE),
        ("led", ENDS_PHRASE),
        ("caught", ENDS_PHRASE),
        ("bought", ENDS_PHRASE),
        ("sought", ENDS_PHRASE),
        ("taught", ENDS_PHRASE),
        ("understood", ENDS_PHRASE),
        ("wore", ENDS_PHRASE),
        ("broke", ENDS_PHRASE),
        ("chose", ENDS_PHRASE),
        ("threw", ENDS_PHRASE),
        ("grew", ENDS_PHRASE),
        ("drew", ENDS_PHRASE),
        ("flew", ENDS_PHRASE),
        ("struck", ENDS_PHRASE),
        ("stuck", ENDS_PHRASE),
        ("hung", ENDS_PHRASE),
        ("ate", ENDS_PHRASE),
        ("lay", ENDS_PHRASE),
        ("laid", ENDS_PHRASE),
        ("built", ENDS_PHRASE),
        ("sold", ENDS_PHRASE),
        ("slept", ENDS_PHRASE),
        ("escaped", ENDS_PHRASE),
        ("survived", ENDS_PHRASE),
        ("work", ENDS_PHRASE),
        ("worked", ENDS_PHRASE),
        ("stay", ENDS_PHRASE),
        ("stayed", ENDS_PHRASE),
        ("face", ENDS_PHRASE),
        ("faced", ENDS_PHRASE),
        ("inside", ENDS_PHRASE),
        ("outside", ENDS_PHRASE),
        ("nearby", ENDS_PHRASE),
        ("there", ENDS_PHRASE),
        ("percent", PERCENT_START),
        ("per", PERCENT_START),
    ],
    qualifiers: &[
        ("about", Approximation::About),
        ("around", Approximation::About),
        ("roughly", Approximation::About),
        ("approximately", Approximation::About),
        ("approx.", Approximation::About),
        ("some", Approximation::About),
        ("nearly", Approximation::Nearly),
        ("almost", Approximation::Nearly),
        ("close to", Approximation::Nearly),
        ("an estimated", Approximation::About),
        ("estimated", Approximation::About),
        ("an estimate", Approximation::About),
        ("circa", Approximation::About),
        ("ca.", Approximation::About),
        ("an approximate", Approximation::About),
        ("perhaps", Approximation::About),
        ("just under", Approximation::Nearly),
        ("more than", Approximation::AtLeast),
        ("over", Approximation::AtLeast),
        ("at least", Approximation::AtLeast),
        ("upwards of", Approximation::AtLeast),
        ("in excess of", Approximation::AtLeast),
        ("no fewer than", Approximation::AtLeast),
        ("no less than", Approximation::AtLeast),
        ("a minimum of", Approximation::AtLeast),
        ("above", Approximation::AtLeast),
        ("just over", Approximation::AtLeast),
        ("well over", Approximation::AtLeast),
        ("as many as", Approximation::AtMost),
        ("up to", Approximation::AtMost),
        ("less than", Approximation::AtMost),
        ("fewer than", Approximation::AtMost),
        ("under", Approximation::AtMost),
        ("below", Approximation::AtMost),
        ("at most", Approximation::AtMost),
        ("no more than", Approximation::AtMost),
        ("a maximum of", Approximation::AtMost),
    ],
};

const FRENCH: Words = Words {
    numbers: "deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10 onze=11 \
              douze=12 treize=13 quatorze=14 quinze=15 seize=16 vingt=20 vingts=20 \
              trente=30 quarante=40 cinquante=50 soixante=60 quatre-vingt=80 \
              quatre-vingts=80 un=1 une=1",
    multipliers: "cent=100 cents=100 mille=1000 million=1e6 millions=1e6 milliard=1e9 \
                  milliards=1e9 douzaine=12",
    vague: "dizaines=10 centaines=100 milliers=1000 millions=1e6 milliards=1e9 douzaines=12",
    about_nouns: "dizaine=10 douzaine=12 quinzaine=15 vingtaine=20 trentaine=30 \
                  quarantaine=40 cinquantaine=50 soixantaine=60 centaine=100 millier=1000",
    currencies: "dollar=USD dollars=USD euro=EUR euros=EUR roubles=RUB rouble=RUB \
                 livres=GBP yens=JPY francs=CHF",
    measures: "km=km kilomètres=km mètres=m kg=kg kilos=kg tonnes=t hectares=ha \
               secondes=seconds minutes=minutes heures=hours jours=days semaines=weeks \
               mois=months ans=years années=years",
    percents: "%=%",
    months: "janvier février fevrier mars avril mai juin juillet août aout septembre \
             octobre novembre décembre decembre janv févr avr juil sept oct nov déc",
    when: "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain",
    roles: &[
        ("un", ONE_ARTICLE | ONE),
        ("une", ONE_ARTICLE | ONE),
        ("et", AND),
        ("de", OF | FROM),
        ("d'", OF),
        ("tous", WHOLE),
        ("toutes", WHOLE),
        ("des", DETERMINER),
        ("les", DETERMINER),
        ("ces", DETERMINER),
        ("h", TIME),
        ("heures", TIME),
        ("âgé", AGE),
        ("âgés", AGE),
        ("âgée", AGE),
        ("âgées", AGE),
        ("âge", AGE),
        ("n°", LABEL),
        ("no", LABEL),
        ("numéro", LABEL),
        ("article", LABEL),
        ("résolution", LABEL),
        ("page", LABEL),
        ("vol", LABEL),
        ("autres", MODIFIER | REMAINDER),
        ("nouveaux", MODIFIER),
        ("nouvelles", MODIFIER),
        ("à", RANGE_TO),
        ("-", RANGE_TO),
        ("–", RANGE_TO),
        ("ou", RANGE_OR),
        ("entre", BETWEEN),
        ("passé", CHANGE),
        ("passant", CHANGE),
        ("plusieurs", FEW),
        ("quelques", FEW),
        ("nord", DIRECTION),
        ("sud", DIRECTION),
        ("rue", STREET),
        ("avenue", STREET),
        ("boulevard", STREET),
        ("ont", ENDS_PHRASE),
        ("sont", ENDS_PHRASE),
        ("pour", PERCENT_START),
    ],
    qualifiers: &[
        ("environ", Approximation::About),
        ("près de", Approximation::Nearly),
        ("presque", Approximation::Nearly),
        ("quelque", Approximation::About),
        ("autour de", Approximation::About),
        ("approximativement", Approximation::About),
        ("au moins", Approximation::AtLeast),
        ("plus de", Approximation::AtLeast),
        ("pas moins de", Approximation::AtLeast),
        ("moins de", Approximation::AtMost),
        ("jusqu'à", Approximation::AtMost),
    ],
};

const GERMAN: Words = Words {
    numbers: "zwei=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9 zehn=10 elf=11 \
              zwölf=12 dreizehn=13 vierzehn=14 fünfzehn=15 sechzehn=16 siebzehn=17 \
              achtzehn=18 neunzehn=19 zwanzig=20 dreißig=30 vierzig=40 fünfzig=50 \
              sechzig=60 siebzig=70 achtzig=80 neunzig=90 eins=1",
    multipliers: "hundert=100 tausend=1000 million=1e6 millionen=1e6 mio.=1e6 mio=1e6 \
                  milliarde=1e9 milliarden=1e9 mrd.=1e9 mrd=1e9 dutzend=12",
    vague: "dutzende=12 hunderte=100 tausende=1000 zehntausende=10000 \
            hunderttausende=100000 millionen=1e6 milliarden=1e9",
    about_nouns: "",
    currencies: "dollar=USD euro=EUR pfund=GBP rubel=RUB franken=CHF yen=JPY",
    measures: "km=km kilometer=km meter=m kg=kg kilogramm=kg tonnen=t hektar=ha \
               sekunden=seconds minuten=minutes stunden=hours tage=days tagen=days \
               wochen=weeks monate=months monaten=months jahre=years jahren=years",
    percents: "%=% prozent=% prozentpunkte=pp",
    months: "januar jänner februar märz maerz april mai juni juli august september oktober \
             november dezember jan feb mär apr jun jul aug sep sept okt nov dez",
    when: "montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute",
    roles: &[
        ("ein", ONE_ARTICLE),
        ("eine", ONE_ARTICLE),
        ("einem", ONE_ARTICLE),
        ("einer", ONE_ARTICLE),
        ("und", AND),
        ("von", OF | FROM),
        ("alle", WHOLE),
        ("aus", FROM),
        ("der", DETERMINER),
        ("die", DETERMINER),
        ("den", DETERMINER),
        ("uhr", TIME),
        ("alter", AGE),
        ("nr.", LABEL),
        ("nummer", LABEL),
        ("artikel", LABEL),
        ("resolution", LABEL),
        ("seite", LABEL),
        ("weitere", MODIFIER | REMAINDER),
        ("andere", MODIFIER | REMAINDER),
        ("neue", MODIFIER),
        ("vor", AGO_BEFORE),
        ("bis", RANGE_TO),
        ("-", RANGE_TO),
        ("–", RANGE_TO),
        ("oder", RANGE_OR),
        ("zwischen", BETWEEN),
        ("stieg", CHANGE),
        ("sank", CHANGE),
        ("mehrere", FEW),
        ("einige", FEW),
        ("nördlichen", DIRECTION),
        ("südlichen", DIRECTION),
        ("straße", STREET),
        ("sind", ENDS_PHRASE),
        ("wurden", ENDS_PHRASE),
        ("haben", ENDS_PHRASE),
    ],
    qualifiers: &[
        ("etwa", Approximation::About),
        ("rund", Approximation::About),
        ("ungefähr", Approximation::About),
        ("circa", Approximation::About),
        ("ca.", Approximation::About),
        ("fast", Approximation::Nearly),
        ("knapp", Approximation::Nearly),
        ("beinahe", Approximation::Nearly),
        ("an die", Approximation::About),
        ("mindestens", Approximation::AtLeast),
        ("mehr als", Approximation::AtLeast),
        ("über", Approximation::AtLeast),
        ("weniger als", Approximation::AtMost),
        ("bis zu", Approximation::AtMost),
        ("höchstens", Approximation::AtMost),
    ],
};

const SPANISH: Words = Words {
    numbers: "dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 \
              doce=12 trece=13 catorce=14 quince=15 dieciséis=16 diecisiete=17 \
              dieciocho=18 diecinueve=19 veinte=20 veintiuno=21 veintidós=22 \
              veintitrés=23 veinticuatro=24 veinticinco=25 veintiséis=26 veintisiete=27 \
              veintiocho=28 veintinueve=29 treinta=30 cuarenta=40 cincuenta=50 \
              sesenta=60 setenta=70 ochenta=80 noventa=90 doscientos=200 doscientas=200 \
              trescientos=300 trescientas=300 cuatrocientos=400 cuatrocientas=400 \
              quinientos=500 quinientas=500 seiscientos=600 seiscientas=600 \
              setecientos=700 setecientas=700 ochocientos=800 ochocientas=800 \
              novecientos=900 novecientas=900 ciento=100 uno=1",
    multipliers: "cien=100 mil=1000 millón=1e6 millones=1e6 docena=12",
    vague: "decenas=10 cientos=100 centenares=100 miles=1000 millones=1e6 docenas=12",
    about_nouns: "centenar=100 millar=1000 docena=12",
    currencies: "dólar=USD dólares=USD euro=EUR euros=EUR libras=GBP rublos=RUB",
    measures: "km=km kilómetros=km metros=m kg=kg kilos=kg toneladas=t hectáreas=ha \
               segundos=seconds minutos=minutes horas=hours días=days semanas=weeks \
               meses=months años=years",
    percents: "%=%",
    months: "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre \
             noviembre diciembre ene abr ago dic",
    when: "lunes martes miércoles miercoles jueves viernes sábado sabado domingo ayer hoy",
    roles: &[
        ("un", ONE_ARTICLE),
        ("una", ONE_ARTICLE),
        ("y", AND),
        ("todos", WHOLE),
        ("todas", WHOLE),
        ("de", OF | FROM),
        ("desde", FROM),
        ("los", DETERMINER),
        ("las", DETERMINER),
        ("horas", TIME),
        ("edad", AGE),
        ("nº", LABEL),
        ("número", LABEL),
        ("artículo", LABEL),
        ("resolución", LABEL),
        ("página", LABEL),
        ("más", MODIFIER | REMAINDER),
        ("otros", MODIFIER | REMAINDER),
        ("otras", MODIFIER | REMAINDER),
        ("nuevos", MODIFIER),
        ("hace", AGO_BEFORE),
        ("a", RANGE_TO),
        ("-", RANGE_TO),
        ("–", RANGE_TO),
        ("o", RANGE_OR),
        ("entre", BETWEEN),
        ("varios", FEW),
        ("varias", FEW),
        ("norte", DIRECTION),
        ("sur", DIRECTION),
        ("calle", STREET),
        ("han", ENDS_PHRASE),
        ("son", ENDS_PHRASE),
        ("por", PERCENT_START),
    ],
    qualifiers: &[
        ("unos", Approximation::About),
        ("unas", Approximation::About),
        ("alrededor de", Approximation::About),
        ("casi", Approximation::Nearly),
        ("cerca de", Approximation::About),
        ("aproximadamente", Approximation::About),
        ("al menos", Approximation::AtLeast),
        ("por lo menos", Approximation::AtLeast),
        ("más de", Approximation::AtLeast),
        ("como mínimo", Approximation::AtLeast),
        ("menos de", Approximation::AtMost),
        ("hasta", Approximation::AtMost),
        ("como máximo", Approximation::AtMost),
    ],
};

/// One language's table.
#[derive(Debug)]
pub(crate) struct Table {
    /// Words to their index in `entries`, plus one (0 is no entry).
    map: TermMap<(&'static str, u16)>,
    entries: Vec<Entry>,
    /// Approximation phrases as word lists, longest first.
    qualifiers: Vec<(Vec<&'static str>, Approximation)>,
}

impl Table {
    fn build(words: &Words) -> Table {
        let mut table = Table {
            map: TermMap::default(),
            entries: Vec::new(),
            qualifiers: Vec::new(),
        };
        for (word, value) in pairs(words.numbers) {
            table.entry(word).number = value.parse().unwrap_or(0.0);
        }
        for (word, value) in pairs(words.multipliers) {
            table.entry(word).multiplier = value.parse().unwrap_or(0.0);
        }
        for (word, value) in pairs(words.vague) {
            table.entry(word).vague = value.parse().unwrap_or(0.0);
        }
        for (word, value) in pairs(words.about_nouns) {
            table.entry(word).about_noun = value.parse().unwrap_or(0.0);
        }
        for (word, code) in pairs(words.currencies) {
            table.entry(word).unit = Some((code, UnitKind::Currency));
        }
        for (word, code) in pairs(words.measures) {
            table.entry(word).unit = Some((code, UnitKind::Measure));
        }
        for (word, code) in pairs(words.percents) {
            table.entry(word).unit = Some((code, UnitKind::Percent));
        }
        for word in words.months.split_whitespace() {
            table.entry(word).roles |= MONTH;
        }
        for word in words.when.split_whitespace() {
            table.entry(word).roles |= WHEN;
        }
        for &(word, roles) in words.roles {
            table.entry(word).roles |= roles;
        }
        for &(phrase, approximation) in words.qualifiers {
            let phrase: Vec<&'static str> = phrase.split(' ').collect();
            if let Some(last) = phrase.last() {
                table.entry(last).roles |= QUALIFIER_END;
            }
            table.qualifiers.push((phrase, approximation));
        }
        table
            .qualifiers
            .sort_by_key(|(phrase, _)| std::cmp::Reverse(phrase.len()));
        table
    }

    fn entry(&mut self, word: &'static str) -> &mut Entry {
        let next = self.entries.len() + 1;
        let (_, id) = *self.map.entry(term_hash(word)).or_insert((word, next as u16));
        if id as usize == next {
            self.entries.push(Entry::default());
        }
        &mut self.entries[id as usize - 1]
    }

    /// The id of a lower-cased word's entry, 0 when it plays no role.
    pub fn id(&self, word: &str) -> u16 {
        match self.map.get(&term_hash(word)) {
            Some((key, id)) if *key == word => *id,
            _ => 0,
        }
    }

    /// The entry of an id from [`Table::id`].
    pub fn entry_of(&self, id: u16) -> &Entry {
        match id {
            0 => &NONE,
            id => self.entries.get(id as usize - 1).unwrap_or(&NONE),
        }
    }

    /// Every role of a lower-cased word (none when it plays none).
    pub fn get(&self, word: &str) -> &Entry {
        self.entry_of(self.id(word))
    }

    /// The approximation phrases, longest first.
    pub fn qualifiers(&self) -> &[(Vec<&'static str>, Approximation)] {
        &self.qualifiers
    }
}

/// The `word=value` pairs of a list.
fn pairs(list: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    list.split_whitespace().filter_map(|pair| pair.split_once('='))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_have_their_roles() {
        let en = table(Lang::En);
        assert_eq!(en.get("twenty").number, 20.0);
        assert_eq!(en.get("million").multiplier, 1e6);
        assert_eq!(en.get("hundreds").vague, 100.0);
        assert_eq!(en.get("dollars").unit, Some(("USD", UnitKind::Currency)));
        assert!(en.get("least").roles & QUALIFIER_END != 0);
        assert_eq!(en.qualifiers()[0].0.len(), 3);
        let fr = table(Lang::Fr);
        assert_eq!(fr.get("centaine").about_noun, 100.0);
        assert_eq!(table(Lang::De).get("prozent").unit, Some(("%", UnitKind::Percent)));
    }
}
