//! Stopword lists, one per language, and the lookup that picks one.
//!
//! Each list is a static array sorted in byte order, searched by binary
//! search: no hashing, no start-up cost, and a test keeps the order honest.
//! Words are lower case; apostrophes are the straight `'` (the tokenizer
//! folds `’` to `'` before looking a word up). Languages without a list fall
//! back to English, because English words are the ones most often quoted
//! inside text of other languages.

/// Whether `word_lowercase` is a stopword of `language` (an ISO 639-1 code;
/// `None` or a language without a list uses English).
pub fn is_stopword(word_lowercase: &str, language: Option<&str>) -> bool {
    list_for(language).binary_search(&word_lowercase).is_ok()
}

/// The sorted stopword list used for `language`.
pub(crate) fn list_for(language: Option<&str>) -> &'static [&'static str] {
    language
        .and_then(|code| LISTS.iter().find(|(list_code, _)| *list_code == code))
        .map_or(EN, |(_, list)| list)
}

/// Every list, by ISO 639-1 code. Language identification also votes with
/// them.
pub(crate) const LISTS: [(&str, &[&str]); 8] = [
    ("en", EN),
    ("fr", FR),
    ("de", DE),
    ("es", ES),
    ("it", IT),
    ("pt", PT),
    ("nl", NL),
    ("ru", RU),
];

static EN: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "almost", "also", "although",
    "always", "am", "among", "an", "and", "another", "any", "anybody", "anyone", "anything",
    "are", "aren't", "around", "as", "at", "be", "became", "because", "become", "been",
    "before", "being", "below", "between", "both", "but", "by", "can", "can't", "cannot",
    "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "done",
    "down", "during", "each", "either", "else", "enough", "even", "ever", "every", "few",
    "for", "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having",
    "he", "he'd", "he'll", "he's", "her", "here", "here's", "hers", "herself", "him",
    "himself", "his", "how", "how's", "however", "i", "i'd", "i'll", "i'm", "i've", "if",
    "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just", "least", "less",
    "let's", "many", "may", "me", "might", "more", "most", "much", "must", "mustn't", "my",
    "myself", "neither", "never", "no", "nor", "not", "now", "of", "off", "often", "on",
    "once", "one", "only", "or", "other", "others", "our", "ours", "ourselves", "out",
    "over", "own", "per", "perhaps", "quite", "rather", "really", "same", "shall", "shan't",
    "she", "she'd", "she'll", "she's", "should", "shouldn't", "since", "so", "some", "such",
    "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then",
    "there", "there's", "these", "they", "they'd", "they'll", "they're", "they've", "this",
    "those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us",
    "very", "via", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were",
    "weren't", "what", "what's", "when", "when's", "where", "where's", "whether", "which",
    "while", "who", "who's", "whom", "whose", "why", "why's", "will", "with", "within",
    "without", "won't", "would", "wouldn't", "yet", "you", "you'd", "you'll", "you're",
    "you've", "your", "yours", "yourself", "yourselves",
];

static FR: &[&str] = &[
    "a", "afin", "ai", "aie", "aient", "ainsi", "alors", "as", "au", "aucun", "aucune",
    "aujourd'hui", "auprès", "aura", "aurai", "auraient", "aurait", "aussi", "autre",
    "autres", "aux", "avaient", "avais", "avait", "avant", "avec", "avez", "avions",
    "avoir", "avons", "ayant", "c", "c'est", "ce", "ceci", "cela", "celle", "celles",
    "celui", "cependant", "certains", "ces", "cet", "cette", "ceux", "chaque", "chez",
    "comme", "comment", "d", "d'un", "d'une", "dans", "de", "depuis", "des", "deux", "dont",
    "du", "elle", "elles", "en", "encore", "entre", "es", "est", "et", "eu", "eux", "fait",
    "faut", "fois", "font", "furent", "fut", "hors", "il", "ils", "j", "je", "jusqu",
    "jusqu'à", "l", "l'on", "la", "le", "les", "leur", "leurs", "lors", "lorsque", "lui",
    "m", "ma", "mais", "me", "mes", "moi", "moins", "mon", "même", "mêmes", "n", "ne",
    "ni", "non", "nos", "notre", "nous", "on", "ont", "or", "ou", "où", "par", "parce",
    "pas", "pendant", "peu", "peut", "plus", "plusieurs", "pour", "pourquoi", "près",
    "puis", "qu", "qu'elle", "qu'il", "quand", "que", "quel", "quelle", "quelles", "quels",
    "qui", "s", "s'est", "sa", "sans", "se", "selon", "sera", "serait", "ses", "si", "sien",
    "sienne", "son", "sont", "sous", "sur", "t", "ta", "tandis", "te", "tes", "toi", "ton",
    "tous", "tout", "toute", "toutes", "très", "tu", "un", "une", "vers", "via", "vos",
    "votre", "vous", "y", "à", "étaient", "étais", "était", "été", "être",
];

static DE: &[&str] = &[
    "ab", "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an",
    "ander", "andere", "anderen", "anderer", "anderes", "auch", "auf", "aus", "bei", "beim",
    "bereits", "bin", "bis", "bist", "da", "dabei", "damit", "dann", "das", "dass", "dazu",
    "dein", "deine", "dem", "den", "denn", "der", "deren", "des", "dessen", "dich", "die",
    "dies", "diese", "diesem", "diesen", "dieser", "dieses", "dir", "doch", "dort", "du",
    "durch", "ein", "eine", "einem", "einen", "einer", "eines", "einige", "einigen", "er",
    "es", "etwa", "euch", "euer", "eure", "für", "gegen", "gewesen", "hab", "habe",
    "haben", "hat", "hatte", "hatten", "hier", "hin", "hinter", "ich", "ihm", "ihn",
    "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "im", "immer", "in", "ins",
    "ist", "ja", "jede", "jedem", "jeden", "jeder", "jedes", "jedoch", "jetzt", "kann",
    "kein", "keine", "keinem", "keinen", "keiner", "können", "könnte", "man", "manche",
    "mehr", "mein", "meine", "mich", "mir", "mit", "muss", "musste", "nach", "nicht",
    "nichts", "noch", "nun", "nur", "ob", "oder", "ohne", "schon", "sehr", "sein", "seine",
    "seinem", "seinen", "seiner", "seit", "sich", "sie", "sind", "so", "soll", "sollen",
    "sollte", "sondern", "sowie", "um", "und", "uns", "unser", "unsere", "unter", "viel",
    "vom", "von", "vor", "war", "waren", "warum", "was", "weil", "welche", "welchem",
    "welchen", "welcher", "welches", "wenn", "wer", "werde", "werden", "wie", "wieder",
    "will", "wir", "wird", "wo", "wurde", "wurden", "zu", "zum", "zur", "zwar", "zwischen",
    "über",
];

static ES: &[&str] = &[
    "a", "al", "algo", "algunas", "algunos", "ante", "antes", "como", "con", "contra",
    "cual", "cuando", "de", "del", "desde", "donde", "dos", "durante", "e", "el", "ella",
    "ellas", "ellos", "en", "entre", "era", "eran", "es", "esa", "esas", "ese", "eso",
    "esos", "esta", "estaba", "estado", "estar", "estas", "este", "esto", "estos", "está",
    "están", "fue", "fueron", "ha", "había", "han", "hasta", "hay", "la", "las", "le",
    "les", "lo", "los", "me", "mi", "mientras", "muy", "más", "mí", "ni", "no", "nos",
    "nosotros", "o", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por",
    "porque", "que", "quien", "quienes", "qué", "se", "sea", "ser", "si", "sido", "sin",
    "sobre", "son", "su", "sus", "sí", "también", "tan", "tanto", "te", "tiene", "tienen",
    "todo", "todos", "tras", "tu", "tú", "un", "una", "uno", "unos", "y", "ya", "yo",
    "él",
];

static IT: &[&str] = &[
    "a", "ad", "agli", "ai", "al", "alla", "alle", "allo", "anche", "avere", "aveva", "c",
    "che", "chi", "ci", "come", "con", "contro", "cui", "da", "dagli", "dai", "dal",
    "dalla", "dalle", "dallo", "degli", "dei", "del", "della", "delle", "dello", "di",
    "dopo", "dove", "e", "ed", "era", "erano", "essere", "gli", "ha", "hanno", "ho", "i",
    "il", "in", "io", "l", "la", "le", "lei", "li", "lo", "loro", "lui", "ma", "mi",
    "molto", "ne", "negli", "nei", "nel", "nella", "nelle", "nello", "noi", "non", "nostro",
    "o", "ogni", "per", "perché", "più", "poi", "quale", "quando", "quanto", "quella",
    "quelle", "quelli", "quello", "questa", "queste", "questi", "questo", "se", "sei", "si",
    "sia", "siamo", "sono", "sta", "stato", "su", "sua", "sue", "sugli", "sui", "sul",
    "sulla", "sulle", "suo", "suoi", "tra", "tu", "tutti", "tutto", "un", "una", "uno",
    "voi", "è",
];

static PT: &[&str] = &[
    "a", "ao", "aos", "as", "até", "com", "como", "da", "das", "de", "dela", "dele",
    "deles", "do", "dos", "e", "ela", "elas", "ele", "eles", "em", "entre", "era", "eram",
    "essa", "essas", "esse", "esses", "esta", "estava", "este", "estes", "está", "estão",
    "eu", "foi", "foram", "há", "isso", "isto", "já", "lhe", "lhes", "mais", "mas", "me",
    "mesmo", "meu", "minha", "muito", "na", "nas", "nem", "no", "nos", "num", "numa",
    "não", "nós", "o", "os", "ou", "para", "pela", "pelas", "pelo", "pelos", "por",
    "porque", "quando", "que", "quem", "se", "sem", "ser", "seu", "seus", "sua", "suas",
    "são", "também", "te", "tem", "ter", "têm", "um", "uma", "umas", "uns", "você",
    "à", "às", "é",
];

static NL: &[&str] = &[
    "aan", "al", "alle", "als", "altijd", "bij", "daar", "dan", "dat", "de", "der", "deze",
    "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er", "ge", "geen",
    "geweest", "haar", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe",
    "hun", "ik", "in", "is", "ja", "je", "kan", "kon", "kunnen", "maar", "me", "meer",
    "men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets", "nog", "nu", "of",
    "om", "omdat", "onder", "ons", "ook", "op", "over", "reeds", "te", "tegen", "toch",
    "toen", "tot", "u", "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat",
    "we", "wel", "werd", "wie", "wij", "wil", "worden", "wordt", "zal", "ze", "zelf",
    "zich", "zij", "zijn", "zo", "zonder", "zou",
];

static RU: &[&str] = &[
    "а", "без", "более", "бы", "был", "была", "были", "было",
    "быть", "в", "вам", "вас", "весь", "во", "вот", "все",
    "всего", "всех", "вы", "где", "да", "даже", "для", "до",
    "его", "ее", "если", "есть", "еще", "ещё", "её", "же", "за",
    "здесь", "и", "из", "или", "им", "их", "к", "как", "когда",
    "кто", "ли", "либо", "мне", "может", "мы", "на", "над",
    "надо", "наш", "не", "него", "нее", "нет", "неё", "ни",
    "них", "но", "ну", "о", "об", "однако", "он", "она", "они",
    "оно", "от", "очень", "по", "под", "после", "при", "с", "со",
    "так", "также", "такой", "там", "те", "тем", "то", "того",
    "тоже", "той", "только", "том", "ты", "у", "уже", "хотя",
    "чего", "чей", "чем", "что", "чтобы", "эта", "эти", "это",
    "этого", "этой", "этот", "я",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_unique_and_lower_case() {
        for (language, list) in LISTS {
            for pair in list.windows(2) {
                assert!(pair[0] < pair[1], "{language}: {:?} before {:?}", pair[0], pair[1]);
            }
            for word in list {
                assert_eq!(*word, word.to_lowercase(), "{language}: {word:?} is not lower case");
                assert!(!word.contains('’'), "{language}: {word:?} has a curly apostrophe");
            }
        }
    }

    fn check(language: Option<&str>, stop: &[&str], not_stop: &[&str]) {
        for word in stop {
            assert!(is_stopword(word, language), "{language:?}: {word:?} should be a stopword");
        }
        for word in not_stop {
            assert!(!is_stopword(word, language), "{language:?}: {word:?} should not be a stopword");
        }
    }

    #[test]
    fn stopwords_per_language() {
        check(Some("en"), &["the", "and", "it's", "would", "of"], &["president", "fighters", "syria"]);
        check(Some("fr"), &["le", "les", "des", "était", "qu'il"], &["président", "combattants"]);
        check(Some("de"), &["der", "und", "über", "für", "wurde"], &["präsident", "kämpfer"]);
        check(Some("es"), &["el", "los", "también", "más"], &["presidente", "combatientes"]);
        check(Some("it"), &["il", "della", "perché", "più"], &["presidente", "combattenti"]);
        check(Some("pt"), &["o", "não", "também", "são"], &["presidente", "combatentes"]);
        check(Some("nl"), &["het", "een", "niet", "zijn"], &["president", "strijders"]);
        check(Some("ru"), &["и", "в", "что", "это", "её"], &["президент", "боевики"]);
    }

    #[test]
    fn unknown_language_falls_back_to_english() {
        check(None, &["the", "which"], &["le", "der"]);
        check(Some("hy"), &["the"], &["president"]);
    }

    #[test]
    fn lookup_is_case_sensitive_callers_lower_case() {
        check(Some("en"), &[], &["The", "AND"]);
    }
}
