//! The vocabulary of page furniture: the words navigation bars, share
//! buttons, comment forms, subscription boxes and legal notices are made of,
//! in English, French, German, Spanish, Russian, Polish, Greek and Chinese.
//!
//! The vocabulary alone never removes a line: [`crate::residue`] also asks
//! that the line be short and shaped like a widget (mostly such words, no
//! sentence punctuation), so that "Police did not share details." stays.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: the keys here are short words, for which it is much faster than
/// the default SipHash, and nothing here needs protection from collisions
/// chosen by an attacker (a collision only costs one more comparison).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = hash;
    }
}

type FastBuild = BuildHasherDefault<Fnv>;

/// A set of phrases found in a line with one hash lookup per word of the
/// line, instead of one substring search per phrase.
pub(crate) struct PhraseSet {
    /// Phrases by their first word (first run of letters and digits), with
    /// the byte length of what precedes that word in the phrase ("(" in
    /// "(photo:").
    by_first_word: HashMap<&'static str, Vec<(usize, &'static str)>, FastBuild>,
    /// Phrases of scripts written without spaces, searched as substrings.
    unspaced: Vec<&'static str>,
}

impl PhraseSet {
    pub(crate) fn new(phrases: &[&'static str]) -> PhraseSet {
        let mut set = PhraseSet {
            by_first_word: HashMap::default(),
            unspaced: Vec::new(),
        };
        for &phrase in phrases {
            let start = phrase.find(char::is_alphanumeric);
            match start {
                Some(start) if phrase.contains(' ') || phrase.is_ascii() => {
                    let rest = &phrase[start..];
                    let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
                    set.by_first_word.entry(&rest[..end]).or_default().push((start, phrase));
                }
                _ => set.unspaced.push(phrase),
            }
        }
        set
    }

    /// Whether the line contains one of the phrases.
    pub(crate) fn found_in(&self, line: &Lowered) -> bool {
        let lower = line.text.as_str();
        if !lower.is_ascii() && self.unspaced.iter().any(|p| lower.contains(p)) {
            return true;
        }
        line.words.iter().any(|&(start, end)| {
            self.by_first_word.get(&lower[start..end]).is_some_and(|candidates| {
                candidates.iter().any(|&(lead, phrase)| {
                    start
                        .checked_sub(lead)
                        .and_then(|from| lower.get(from..))
                        .is_some_and(|tail| tail.starts_with(phrase))
                })
            })
        })
    }

    /// The phrase the lower-cased `line` starts with, if any (the longest
    /// when several do).
    pub(crate) fn starting(&self, lower: &str) -> Option<&'static str> {
        if !lower.is_ascii() {
            if let Some(phrase) = self
                .unspaced
                .iter()
                .filter(|p| lower.starts_with(**p))
                .max_by_key(|p| p.len())
            {
                return Some(phrase);
            }
        }
        let start = lower.find(char::is_alphanumeric)?;
        let rest = &lower[start..];
        let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
        self.by_first_word
            .get(&rest[..end])?
            .iter()
            .filter(|&&(lead, phrase)| lead == start && lower.starts_with(phrase))
            .map(|&(_, phrase)| phrase)
            .max_by_key(|phrase| phrase.len())
    }
}

/// A line lower-cased, with the byte spans of its words (runs of letters
/// and digits), computed once for all the vocabulary rules.
pub(crate) struct Lowered {
    /// The line, lower-cased.
    pub(crate) text: String,
    /// Start and end of each word in `text`.
    pub(crate) words: Vec<(usize, usize)>,
}

impl Lowered {
    pub(crate) fn new(line: &str) -> Lowered {
        let text = if line.is_ascii() {
            line.to_ascii_lowercase()
        } else {
            lowercase(line)
        };
        let bytes = text.as_bytes();
        let mut words = Vec::with_capacity(text.len() / 5 + 1);
        let mut word_start = None;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let (alphanumeric, len) = if b < 0x80 {
                (b.is_ascii_alphanumeric(), 1)
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                (c.is_alphanumeric(), c.len_utf8())
            };
            match (alphanumeric, word_start) {
                (true, None) => word_start = Some(i),
                (false, Some(start)) => {
                    words.push((start, i));
                    word_start = None;
                }
                _ => {}
            }
            i += len;
        }
        if let Some(start) = word_start {
            words.push((start, text.len()));
        }
        Lowered { text, words }
    }

    /// Whether a word starts with one of `stems`.
    pub(crate) fn has_word_starting_with(&self, stems: &[&str]) -> bool {
        // Most words share no first byte with any stem: check that first.
        let mut first_bytes = [false; 256];
        for stem in stems {
            if let Some(&b) = stem.as_bytes().first() {
                first_bytes[usize::from(b)] = true;
            }
        }
        self.words.iter().any(|&(start, _)| {
            let word = &self.text[start..];
            word.as_bytes().first().is_some_and(|&b| first_bytes[usize::from(b)])
                && stems.iter().any(|stem| word.starts_with(stem))
        })
    }
}

/// `line` lower-cased. Unlike `str::to_lowercase`, ASCII after the first
/// non-ASCII character stays on the fast path, which matters for English text
/// with curly quotes in every line.
fn lowercase(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    let mut previous_alphabetic = false;
    while let Some(c) = chars.next() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c == 'Σ' {
            // Final sigma, as `str::to_lowercase` does it.
            let word_ends = chars.peek().is_none_or(|next| !next.is_alphabetic());
            out.push(if previous_alphabetic && word_ends { 'ς' } else { 'σ' });
        } else {
            out.extend(c.to_lowercase());
        }
        previous_alphabetic = c.is_alphabetic();
    }
    out
}

/// Words that make up navigation and widget lines.
const FURNITURE_WORDS: &[&str] = &[
    // English
    "advertisement",
    "advertisements",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "promoted",
    "share",
    "shares",
    "sharing",
    "tweet",
    "retweet",
    "print",
    "printer",
    "printable",
    "email",
    "e-mail",
    "emails",
    "mail",
    "facebook",
    "twitter",
    "pinterest",
    "linkedin",
    "whatsapp",
    "reddit",
    "tumblr",
    "instagram",
    "youtube",
    "google",
    "google+",
    "telegram",
    "vk",
    "vkontakte",
    "flipboard",
    "pocket",
    "messenger",
    "sms",
    "digg",
    "stumbleupon",
    "copy",
    "link",
    "links",
    "permalink",
    "url",
    "comment",
    "comments",
    "reply",
    "replies",
    "leave",
    "cancel",
    "subscribe",
    "subscription",
    "subscriptions",
    "subscriber",
    "subscribers",
    "unsubscribe",
    "newsletter",
    "newsletters",
    "sign",
    "signup",
    "login",
    "log",
    "logout",
    "register",
    "registration",
    "account",
    "profile",
    "password",
    "username",
    "menu",
    "home",
    "homepage",
    "search",
    "close",
    "open",
    "toggle",
    "more",
    "less",
    "show",
    "hide",
    "view",
    "read",
    "continue",
    "reading",
    "back",
    "top",
    "bottom",
    "next",
    "previous",
    "prev",
    "related",
    "articles",
    "stories",
    "story",
    "posts",
    "recommended",
    "popular",
    "trending",
    "latest",
    "featured",
    "skip",
    "navigation",
    "nav",
    "sidebar",
    "footer",
    "header",
    "cookie",
    "cookies",
    "privacy",
    "policy",
    "terms",
    "conditions",
    "accept",
    "agree",
    "consent",
    "settings",
    "preferences",
    "copyright",
    "rights",
    "reserved",
    "click",
    "tap",
    "follow",
    "like",
    "likes",
    "loading",
    "button",
    "download",
    "app",
    "apps",
    "iphone",
    "android",
    "ipad",
    "watch",
    "video",
    "videos",
    "photo",
    "photos",
    "gallery",
    "slideshow",
    "enlarge",
    "caption",
    "fullscreen",
    "play",
    "playpause",
    "pause",
    "replay",
    "transcript",
    "source",
    "tags",
    "tagged",
    "topics",
    "category",
    "categories",
    "filed",
    "contact",
    "feedback",
    "faq",
    "submit",
    "send",
    "rss",
    "feed",
    "feeds",
    "podcast",
    "podcasts",
    "listen",
    "audio",
    "font",
    "larger",
    "smaller",
    "xs",
    "sm",
    "md",
    "lg",
    "xl",
    "xxl",
    "updates",
    "alerts",
    "notifications",
    "notification",
    "conversation",
    "page",
    "pages",
    "website",
    "newsroom",
    "headlines",
    "news",
    "stay",
    "connected",
    "join",
    "discussion",
    "report",
    "error",
    "typo",
    "correction",
    "corrections",
    "tip",
    "tips",
    "buy",
    "reprints",
    "reprint",
    "permissions",
    "licensing",
    "embed",
    "tweets",
    "followers",
    "jump",
    "scroll",
    "media",
    "social",
    "sections",
    "section",
    "weather",
    "traffic",
    "sports",
    "entertainment",
    "opinion",
    "business",
    "lifestyle",
    "obituaries",
    "classifieds",
    "jobs",
    "autos",
    "contests",
    "horoscopes",
    "games",
    "archive",
    "archives",
    "about",
    "help",
    "sitemap",
    "careers",
    "advertise",
    "shared",
    "expand",
    "collapse",
    // French
    "partager",
    "partagez",
    "partage",
    "imprimer",
    "envoyer",
    "courriel",
    "commentaires",
    "commentaire",
    "commenter",
    "réagir",
    "réagissez",
    "répondre",
    "lire",
    "aussi",
    "suite",
    "plus",
    "voir",
    "publicité",
    "pub",
    "annonce",
    "retour",
    "haut",
    "abonnez-vous",
    "abonner",
    "abonnement",
    "abonné",
    "abonnés",
    "inscrivez-vous",
    "inscription",
    "connexion",
    "connecter",
    "déconnexion",
    "fermer",
    "accueil",
    "rechercher",
    "recherche",
    "article",
    "liés",
    "associés",
    "sujet",
    "suivez-nous",
    "suivez",
    "suivre",
    "afficher",
    "masquer",
    "précédent",
    "suivant",
    "populaires",
    "lus",
    "vidéo",
    "vidéos",
    "diaporama",
    // German
    "teilen",
    "drucken",
    "druckversion",
    "versenden",
    "kommentare",
    "kommentar",
    "kommentieren",
    "antworten",
    "mehr",
    "lesen",
    "weiterlesen",
    "anzeige",
    "werbung",
    "zurück",
    "oben",
    "abonnieren",
    "abo",
    "anmelden",
    "registrieren",
    "schließen",
    "startseite",
    "suche",
    "suchen",
    "menü",
    "artikel",
    "verwandte",
    "ähnliche",
    "themen",
    "thema",
    "folgen",
    "empfehlen",
    "twittern",
    "quelle",
    "weiter",
    "vorherige",
    "nächste",
    "beliebt",
    "meistgelesen",
    "meistdiskutiert",
    "meistdiskutierte",
    "beiträge",
    "empfohlene",
    "autor",
    "autorin",
    "gelesen",
    "weitere",
    "schreiben",
    "speichern",
    "entdecke",
    "entdecken",
    "kategorie",
    "kategorien",
    "aufrufe",
    "bewerten",
    "bewertungen",
    "meistgelesene",
    "bilder",
    "bildergalerie",
    "teilen:",
    // Spanish
    "compartir",
    "comparte",
    "imprimir",
    "enviar",
    "correo",
    "comentarios",
    "comentario",
    "comentar",
    "responder",
    "leer",
    "lee",
    "lea",
    "también",
    "más",
    "ver",
    "publicidad",
    "anuncio",
    "volver",
    "arriba",
    "inicio",
    "suscríbete",
    "suscribirse",
    "suscripción",
    "boletín",
    "registrarse",
    "iniciar",
    "sesión",
    "cerrar",
    "buscar",
    "menú",
    "artículos",
    "artículo",
    "relacionados",
    "relacionadas",
    "noticias",
    "síguenos",
    "seguir",
    "fuente",
    "anterior",
    "siguiente",
    "populares",
    "leídas",
    "vídeo",
    "vídeos",
    "galería",
    // Russian
    "поделиться",
    "печать",
    "распечатать",
    "версия",
    "комментарии",
    "комментарий",
    "комментировать",
    "читать",
    "читайте",
    "также",
    "далее",
    "ещё",
    "еще",
    "подробнее",
    "реклама",
    "наверх",
    "подписаться",
    "подписка",
    "подпишитесь",
    "закрыть",
    "похожие",
    "статьи",
    "новости",
    "материалы",
    "главная",
    "поиск",
    "войти",
    "вход",
    "регистрация",
    "отправить",
    "ответить",
    "нравится",
    "источник",
    "фото",
    "видео",
    "теги",
    "метки",
    "рубрики",
    "меню",
    "назад",
    "вперед",
    "вперёд",
    "следующая",
    "предыдущая",
    "показать",
    "скрыть",
    "популярное",
    "читаемое",
    "обсуждаемое",
    "рассылка",
    "теме",
    "ссылка",
    "добавить",
    "код",
    "блога",
    "блог",
    "загружается",
    "подождите",
    "отслеживать",
    "обсуждение",
    "раздел",
    "комментариев",
    // Polish
    "udostępnij",
    "drukuj",
    "wyślij",
    "komentarze",
    "komentarz",
    "skomentuj",
    "odpowiedz",
    "czytaj",
    "więcej",
    "też",
    "także",
    "zobacz",
    "również",
    "reklama",
    "powrót",
    "góry",
    "subskrybuj",
    "zaloguj",
    "zarejestruj",
    "zamknij",
    "szukaj",
    "artykuły",
    "powiązane",
    "podobne",
    "wiadomości",
    "obserwuj",
    "źródło",
    "następny",
    "poprzedni",
    "popularne",
    "najczęściej",
    "czytane",
    "galeria",
    "wideo",
    "ostatnie",
    "najnowsze",
    "najstarsze",
    "odpowiedzi",
    "wątki",
    "zwiń",
    "wszystkie",
    "głosuj",
    "wybrane",
    "dyskusji",
    "forum",
    // Greek
    "κοινοποίηση",
    "μοιραστείτε",
    "εκτύπωση",
    "αποστολή",
    "σχόλια",
    "σχόλιο",
    "σχολιάστε",
    "απάντηση",
    "διαβάστε",
    "περισσότερα",
    "επίσης",
    "διαφήμιση",
    "επιστροφή",
    "αρχή",
    "εγγραφή",
    "σύνδεση",
    "κλείσιμο",
    "αναζήτηση",
    "μενού",
    "άρθρα",
    "σχετικά",
    "ειδήσεις",
    "ακολουθήστε",
    "πηγή",
    "πηγές",
    "επόμενο",
    "προηγούμενο",
    "δημοφιλή",
    "σύνδεσμοι",
    "διαφημιζομένων",
    "προβολή",
    "αρχική",
    "σελίδα",
];

/// Words that glue a widget label together ("Back *to* top", "Follow *us*
/// *on* Twitter"). They count neither for nor against a line.
const GLUE_WORDS: &[&str] = &[
    "a", "an", "the", "to", "of", "on", "in", "at", "for", "and", "or", "our", "us", "your", "you", "this", "that",
    "with", "by", "up", "me", "my", "it", "is", "are", "be", "we", "all", "from", "now", "get", "here", "new", "&",
    "+", "le", "la", "les", "l", "de", "du", "des", "d", "et", "à", "au", "aux", "en", "un", "une", "sur", "nous",
    "vous", "par", "pour", "der", "die", "das", "den", "dem", "und", "zu", "zum", "zur", "im", "auf", "uns", "sie",
    "von", "mit", "für", "über", "dies", "auch", "el", "los", "las", "del", "y", "al", "una", "nos", "con", "por",
    "para", "и", "в", "на", "по", "с", "к", "о", "для", "нас", "все", "i", "w", "na", "z", "do", "nas", "και", "το",
    "τα", "η", "ο", "στο", "στα", "μας", "για",
];

fn set(words: &'static [&'static str]) -> HashSet<&'static str, FastBuild> {
    words.iter().copied().collect()
}

/// Whether `lower` (a lower-cased word) is page-furniture vocabulary.
pub(crate) fn is_furniture_word(lower: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str, FastBuild>> = OnceLock::new();
    WORDS.get_or_init(|| set(FURNITURE_WORDS)).contains(lower)
}

/// Whether `lower` (a lower-cased word) is a glue word of widget labels.
pub(crate) fn is_glue_word(lower: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str, FastBuild>> = OnceLock::new();
    WORDS.get_or_init(|| set(GLUE_WORDS)).contains(lower)
}

/// Tokens of font-size pickers ("XS SM MD LG", "A A A", "A+ A-").
pub(crate) fn is_font_size_token(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "a+"
            | "a-"
            | "a−"
            | "aa"
            | "xs"
            | "s"
            | "sm"
            | "m"
            | "md"
            | "l"
            | "lg"
            | "xl"
            | "xxl"
            | "t"
            | "t+"
            | "t-"
    )
}

/// Whole-line widget phrases in scripts written without spaces, where words
/// cannot be counted.
const UNSPACED_WIDGETS: &[&str] = &[
    "分享",
    "分享到",
    "打印",
    "评论",
    "发表评论",
    "相关文章",
    "相关新闻",
    "返回顶部",
    "更多",
    "收藏",
    "登录",
    "注册",
    "关闭",
    "首页",
    "上一页",
    "下一页",
    "责任编辑",
    "编辑",
    "广告",
    "查看评论",
    "我要评论",
    "字号",
    "大中小",
    "打印本页",
    "关闭窗口",
    "推荐",
    "热门",
    "排行",
    "網友評論",
    "相關新聞",
    "分享至",
    "列印",
    "熱銷排行",
    "轉寄",
    "討論",
    "歷史新聞",
    "最小字型",
    "最大字型",
    "分享工具",
    "新聞討論",
    "跟贴",
    "读取中",
    "預設",
    "推薦",
    "社群回應",
    "直接看結果",
];

/// Whether a line written without spaces is one of the widget labels above,
/// or a few of them put together ("分享到 打印 关闭窗口" without spaces).
pub(crate) fn is_unspaced_widget(line: &str) -> bool {
    if line.is_ascii() || line.len() > 80 {
        return false;
    }
    let compact: String = line.chars().filter(|c| c.is_alphanumeric()).collect();
    if compact.is_empty() || compact.chars().count() > 16 {
        return false;
    }
    let mut rest = compact.as_str();
    while !rest.is_empty() {
        let Some(widget) = UNSPACED_WIDGETS
            .iter()
            .filter(|w| rest.starts_with(**w))
            .max_by_key(|w| w.len())
        else {
            return false;
        };
        rest = &rest[widget.len()..];
    }
    true
}

/// Phrases of legal and technical notices: copyright lines, comment-form
/// notes, requests to enable JavaScript. A short line with one of them is a
/// notice whatever its punctuation.
const NOTICE_PHRASES: &[&str] = &[
    "this story has been shared",
    "email the author",
    "received your submission",
    "requires javascript",
    "this article has been shared",
    "all rights reserved",
    "all right reserved",
    "tous droits réservés",
    "alle rechte vorbehalten",
    "todos los derechos reservados",
    "все права защищены",
    "wszelkie prawa zastrzeżone",
    "με την επιφύλαξη παντός δικαιώματος",
    "版权所有",
    "版權所有",
    "email address will not be published",
    "e-mail address will not be published",
    "required fields are marked",
    "ne sera pas publiée",
    "champs obligatoires sont",
    "wird nicht veröffentlicht",
    "erforderliche felder",
    "no será publicada",
    "campos obligatorios están",
    "не будет опубликован",
    "обязательные поля",
    "nie zostanie opublikowany",
    "enable javascript",
    "javascript is disabled",
    "javascript enabled",
    "javascript must be enabled",
    "activer javascript",
    "javascript aktivieren",
    "your browser does not support",
    "this material may not be published",
    "may not be published, broadcast",
    "comments are closed",
    "commentaires sont fermés",
    "you must be logged in",
    "must be logged in to post",
    "log in to comment",
    "login to comment",
    "sign in to comment",
    "to post a comment",
    "view comments",
    "post a comment",
    "leave a comment",
    "add a comment",
    "be the first to comment",
    "no comments yet",
    "comments powered by",
    "powered by disqus",
    "sign up for our",
    "subscribe to our",
    "inscrivez-vous à notre",
    "abonnez-vous à notre",
    "abonnieren sie unseren",
    "suscríbete a nuestro",
    "подпишитесь на наш",
    "click here to",
    "previous page is sending you",
    "return to the previous page",
    "cliquez ici",
    "hier klicken",
    "haga clic aquí",
    "нажмите здесь",
    "please check your email",
    "verification email",
    "just one more thing...",
    "verification message",
    "check your spam",
    "get email notifications on",
    "your notification has been saved",
    "problem saving your notification",
    "email notifications are only sent",
    "get an email delivered to your inbox",
    "selected any newsletters",
    "set up your account or log in",
    "one or more of our email newsletters",
    "terms of service and privacy policy",
    "terms of use and privacy policy",
    "privacy policy and terms",
    "have an account",
    "already a subscriber",
    "already registered",
    "forgot your password",
    "forgot password",
    "download our app",
    "download the app",
    "get the app",
    "like us on facebook",
    "follow us on",
    "suivez-nous sur",
    "folgen sie uns",
    "síguenos en",
    "подписывайтесь на нас",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "print this article",
    "email this article",
    "report an error",
    "report a typo",
    "reuse options",
    "reprints and permissions",
    "you are the owner of this article",
    "sign up for digital access",
    "re-enter zip code",
    "ctrl+enter",
    "ctrl + enter",
    "комментарии powered by",
    "免责声明",
    "凡注明",
];

/// Whether the lower-cased line contains a notice phrase.
pub(crate) fn has_notice_phrase(line: &Lowered) -> bool {
    static PHRASES: OnceLock<PhraseSet> = OnceLock::new();
    PHRASES.get_or_init(|| PhraseSet::new(NOTICE_PHRASES)).found_in(line)
}

/// Calls to action a page adds after its article: a newsletter, a forum,
/// a subscription, another guide of the outlet's. Only looked for at the
/// end of the text, where such a line closes the page rather than the
/// story.
const PROMOTION_PHRASES: &[&str] = &[
    "join our",
    "sign up for",
    "sign up to",
    "check out our",
    "get access to",
    "if you enjoyed this",
    "if you value our",
    "ad blocker",
];

/// Whether the lower-cased line calls the reader to a newsletter,
/// subscription or other offer of the site.
pub(crate) fn is_promotion(line: &Lowered) -> bool {
    static PHRASES: OnceLock<PhraseSet> = OnceLock::new();
    PHRASES.get_or_init(|| PhraseSet::new(PROMOTION_PHRASES)).found_in(line)
}

/// Whether the lower-cased line is a cookie notice.
pub(crate) fn is_cookie_notice(line: &Lowered) -> bool {
    const CONTEXT: &[&str] = &[
        "use",
        "using",
        "accept",
        "consent",
        "policy",
        "browsing",
        "browse",
        "experience",
        "website",
        "site",
        "agree",
        "settings",
        "utilis",
        "akzept",
        "verwend",
        "nutz",
        "utiliza",
        "acept",
        "использ",
        "сайт",
        "używa",
        "stron",
    ];
    line.has_word_starting_with(&["cookie", "куки", "ciasteczk"]) && line.has_word_starting_with(CONTEXT)
}

/// Headers of "read also" links, lower-cased, in the order they are tried.
const READ_ALSO: &[&str] = &[
    "read also",
    "also read",
    "read more",
    "see also",
    "see more",
    "don't miss",
    "don’t miss",
    "related:",
    "related articles",
    "related article »",
    "related stories",
    "related story",
    "related coverage",
    "related content",
    "related links",
    "related news",
    "related posts",
    "related video",
    "more on this",
    "more from",
    "recommended:",
    "recommended for you",
    "you may also like",
    "you might also like",
    "read next",
    "read the full story",
    "more stories",
    "more news",
    "in other news",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "à lire également",
    "voir aussi",
    "lire la suite",
    "à voir aussi",
    "sur le même sujet",
    "notre sélection",
    "lesen sie auch",
    "lesen sie mehr",
    "mehr zum thema",
    "siehe auch",
    "auch interessant",
    "das könnte sie auch interessieren",
    "leer también",
    "lea también",
    "lee también",
    "ver también",
    "te puede interesar",
    "le puede interesar",
    "noticias relacionadas",
    "читайте также",
    "читать также",
    "смотрите также",
    "см. также",
    "читайте по теме",
    "по теме:",
    "читать далее",
    "czytaj też",
    "czytaj także",
    "czytaj również",
    "zobacz też",
    "zobacz także",
    "zobacz również",
    "czytaj więcej",
    "διαβάστε επίσης",
    "διαβάστε ακόμη",
    "δείτε επίσης",
    "延伸阅读",
    "相关阅读",
    "相关新闻",
    "相关链接",
    "相关文章",
    "推荐阅读",
];

/// When the lower-cased line starts with a "read also" header (followed by
/// nothing, punctuation or a link title), the byte length of the header.
pub(crate) fn read_also_header(lower: &str) -> Option<usize> {
    static HEADERS: OnceLock<PhraseSet> = OnceLock::new();
    let header = HEADERS.get_or_init(|| PhraseSet::new(READ_ALSO)).starting(lower)?;
    let boundary = lower[header.len()..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric() || !header.is_ascii());
    boundary.then_some(header.len())
}

/// Headers of tag and category lists, lower-cased. Words that also open
/// headlines ("Category 5 storm...") count only with their colon.
const LABEL_LISTS: &[&str] = &[
    "tags",
    "filed under",
    "tagged:",
    "topics:",
    "categories:",
    "category:",
    "keywords:",
    "mots-clés",
    "mots clés",
    "schlagworte",
    "schlagwörter",
    "etiquetas",
    "temas:",
    "теги",
    "метки",
    "тэги",
    "tagi",
    "ετικέτες",
    "标签",
    "关键词",
    "关键字",
];

/// Whether the lower-cased line is a list of tags or categories ("Tags:
/// Brooklyn, violence").
pub(crate) fn is_label_list(lower: &str) -> bool {
    static HEADERS: OnceLock<PhraseSet> = OnceLock::new();
    HEADERS
        .get_or_init(|| PhraseSet::new(LABEL_LISTS))
        .starting(lower)
        .is_some_and(|header| {
            let rest = &lower[header.len()..];
            header.ends_with(':') || rest.is_empty() || rest.starts_with([' ', ':', '：'])
        })
}

/// News agencies, as credited in signature lines ("Le Monde with AFP and
/// Reuters").
pub(crate) fn is_agency(lower: &str) -> bool {
    matches!(
        lower,
        "afp"
            | "reuters"
            | "ap"
            | "dpa"
            | "efe"
            | "ansa"
            | "tass"
            | "ria"
            | "интерфакс"
            | "тасс"
            | "риа"
            | "agencies"
            | "agences"
            | "agenturen"
            | "agencias"
            | "wires"
            | "wire"
            | "upi"
            | "anadolu"
            | "xinhua"
            | "kyodo"
            | "pap"
            | "apa"
            | "sda"
            | "belga"
            | "interfax"
            | "ats"
            | "afp/reuters"
            | "agencias/afp"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_furniture_and_glue() {
        assert!(is_furniture_word("share"));
        assert!(is_furniture_word("поделиться"));
        assert!(!is_furniture_word("shareholders"));
        assert!(is_glue_word("the"));
        assert!(!is_glue_word("police"));
    }

    #[test]
    fn finds_read_also_headers() {
        assert_eq!(read_also_header("read also: turkey blows"), Some(9));
        assert_eq!(read_also_header("читайте также"), Some("читайте также".len()));
        assert_eq!(read_also_header("reading also matters"), None);
        assert_eq!(read_also_header("related"), None);
    }

    #[test]
    fn finds_notices() {
        let notice = |line: &str| has_notice_phrase(&Lowered::new(line));
        assert!(notice("Copyright 2016 WSMV. All rights reserved."));
        // A sign-up box and a follow-the-author box at the top of a story.
        assert!(notice("Just One More Thing..."));
        assert!(notice("Close Get email notifications on Sarah Reese daily!"));
        assert!(notice("Oops, you haven't selected any newsletters."));
        assert!(notice(
            "Press the button below to set up your account or log in if you have one."
        ));
        assert!(notice(
            "Please tick one or more of our email newsletters and submit again."
        ));
        assert!(!notice("The school sends two newsletters a month to parents."));
        assert!(notice(
            "Whenever Sarah Reese posts new content, you'll get an email delivered to your inbox with a link."
        ));
        assert!(notice(
            "If you do not receive the verification message within a few minutes of signing up, \
             please check your Spam or Junk folder."
        ));
        assert!(!notice("She wanted to say just one more thing to her son."));
        assert!(is_cookie_notice(&Lowered::new(
            "We use cookies to improve your experience"
        )));
        assert!(!is_cookie_notice(&Lowered::new("She baked cookies for the vigil")));
        assert!(is_unspaced_widget("分享到"));
        assert!(is_unspaced_widget("打印 关闭窗口"));
        assert!(!is_unspaced_widget("北京时间昨日发生地震"));
        assert!(notice("新浪网版权所有"));
        assert!(notice("Text (all rights reserved)"));
        assert!(!notice("Recall rights reserved"));
        assert!(is_label_list("tags: brooklyn, violence"));
        assert!(is_label_list("tags brooklyn violence"));
        assert!(!is_label_list("category 5 storm hits the coast"));
        assert!(!is_label_list("tagsmith wins"));
        for line in ["Ὀδυσσεύς ΠΗΓΈΣ: Σ", "“Quoted” TEXT — Ünïcödé", "ǅemal İstanbul ΑΣ ΣΑ"]
        {
            assert_eq!(lowercase(line), line.to_lowercase(), "{line}");
        }
    }
}
