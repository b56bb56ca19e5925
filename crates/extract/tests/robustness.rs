//! Pages written to be hard: navigation-heavy, comment-heavy, legacy
//! encodings, broken markup, no body, no article; and random and mutated
//! HTML, which must never panic or hang.

use chorus_model::{Body, RawArticle};

fn raw(html: &str) -> RawArticle {
    RawArticle {
        url: Some("https://news.example/2021/03/04/story".into()),
        ..RawArticle::new("page.html", Body::Html(html.to_string()))
    }
}

const PARAGRAPHS: [&str; 3] = [
    "The river rose two metres overnight and flooded the lower town, forcing three hundred families to leave their homes before dawn.",
    "Rescue teams worked through the morning with boats borrowed from the fishing cooperative, the mayor told reporters at the town hall.",
    "Forecasters expect the water to fall slowly over the weekend, but warned that more rain is due in the hills on Tuesday.",
];

fn article_body() -> String {
    PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>")).collect()
}

#[test]
fn navigation_heavy_page_keeps_the_article_only() {
    let menu: String = (0..80)
        .map(|i| format!("<li><a href=\"/s/{i}\">Section {i}</a></li>"))
        .collect();
    let html = format!(
        "<html><head><title>Floods in the lower town</title></head><body><nav><ul>{menu}</ul></nav>\
         <div class=\"breadcrumbs\"><a href=\"/\">Home</a> › <a href=\"/news\">News</a></div>\
         <article>{}</article><aside class=\"related\"><ul>{menu}</ul></aside></body></html>",
        article_body()
    );
    let (article, _) = chorus_extract::extract(raw(&html));
    let article = article.expect("an article");
    assert!(article.text.contains("The river rose"), "{}", article.text);
    assert!(!article.text.contains("Section 4"), "{}", article.text);
    assert!(!article.text.contains("Home ›"), "{}", article.text);
}

#[test]
fn comment_heavy_page_drops_the_comments() {
    let comments: String = (0..30)
        .map(|i| format!("<li class=\"comment\"><p>Commenter {i} wrote: I completely disagree with the mayor about the boats and the rain.</p></li>"))
        .collect();
    let html = format!(
        "<html><body><article><h1>Floods</h1>{}</article><section id=\"comments\"><h3>30 comments</h3><ol>{comments}</ol></section></body></html>",
        article_body()
    );
    let (article, _) = chorus_extract::extract(raw(&html));
    let article = article.expect("an article");
    assert!(article.text.contains("Forecasters expect"), "{}", article.text);
    assert!(!article.text.contains("Commenter"), "{}", article.text);
}

#[test]
fn legacy_encoding_survives() {
    // What decoding Windows-1252 bytes gives, and what a wrong guess leaves.
    let html = format!(
        "<html><head><meta charset=\"windows-1252\"><title>Caf\u{e9} cr\u{e8}me</title></head><body><article>{}<p>Le caf\u{e9} co\u{fb}te 2\u{a0}\u{20ac} \u{fffd}\u{fffd} d\u{e9}sormais, selon le patron du bistrot de la place.</p></article></body></html>",
        article_body()
    );
    let (article, _) = chorus_extract::extract(raw(&html));
    let article = article.expect("an article");
    assert!(article.text.contains("caf\u{e9} co\u{fb}te"), "{}", article.text);
}

#[test]
fn empty_and_non_article_pages_are_refused_not_filled_with_junk() {
    for html in [
        "",
        "<html><body></body></html>",
        "<html><head><title>x</title></head><body><script>var a = 1;</script><style>p{}</style></body></html>",
        "<html><body><nav><a href=\"/a\">A</a><a href=\"/b\">B</a></nav><footer>© 2021</footer></body></html>",
    ] {
        let (article, problems) = chorus_extract::extract(raw(html));
        assert!(
            article.as_ref().is_none_or(|a| a.text.len() < 40),
            "{html}: {article:?}"
        );
        assert!(!problems.is_empty(), "{html}: a problem should say why");
    }
}

#[test]
fn malformed_markup_still_gives_the_text() {
    let html = format!(
        "<html><body><div><article><p>{}<p>{}<div><p>{}</span></b></table></body>",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
    );
    let (article, _) = chorus_extract::extract(raw(&html));
    let article = article.expect("an article");
    for paragraph in PARAGRAPHS {
        assert!(article.text.contains(&paragraph[..40]), "{}", article.text);
    }
}

/// A small deterministic generator, so that a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<div class=\"share\">",
    "</div>",
    "<article>",
    "</article>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<table><tr><td>",
    "</td></tr></table>",
    "<br>",
    "&amp;",
    "&#0;",
    "&#x110000;",
    "<meta charset=\"utf-16\">",
    "<time datetime=\"9999-99-99\">",
    "</time>",
    "<",
    ">",
    "\"",
    "'",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "Όλοι οι άνθρωποι",
    "中文新闻报道",
    "word ",
    ". ",
    "\n\n",
    "<h1>",
    "</h1>",
    "<li>",
    "<svg><foreignObject>",
    "<template>",
    "<iframe srcdoc=\"<p>x</p>\">",
    "<script type=\"application/ld+json\">{\"datePublished\": \"",
    "\"}",
    "<nav>",
    "<figcaption>",
];

#[test]
fn random_and_mutated_html_never_panics() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let seed_page = format!(
        "<html><body><article><h1>Floods</h1>{}</article></body></html>",
        article_body()
    );
    for round in 0..300 {
        let html = if round % 2 == 0 {
            // Random: pieces of markup and text in any order.
            (0..rng.below(200))
                .map(|_| PIECES[rng.below(PIECES.len())])
                .collect::<String>()
        } else {
            // Mutated: a real page with bytes cut, pieces inserted, ranges doubled.
            let mut page = seed_page.clone();
            for _ in 0..rng.below(12) + 1 {
                let mut at = rng.below(page.len());
                while !page.is_char_boundary(at) {
                    at -= 1;
                }
                match rng.below(3) {
                    0 => page.insert_str(at, PIECES[rng.below(PIECES.len())]),
                    1 => {
                        let mut end = (at + rng.below(40)).min(page.len());
                        while !page.is_char_boundary(end) {
                            end -= 1;
                        }
                        page.replace_range(at..end, "");
                    }
                    _ => {
                        let copy = page[at..].chars().take(rng.below(60)).collect::<String>();
                        page.insert_str(at, &copy);
                    }
                }
            }
            page
        };
        let (article, problems) = chorus_extract::extract(raw(&html));
        // Either an article or a reason: never silence.
        assert!(
            article.is_some() || !problems.is_empty(),
            "round {round}: nothing said about {html:?}"
        );
    }
}

#[test]
fn a_huge_page_stays_bounded() {
    let huge = format!(
        "<html><body><article>{}</article></body></html>",
        article_body().repeat(2000)
    );
    let (article, _) = chorus_extract::extract(raw(&huge));
    // The whole body is kept, and nothing is made up: the text is at most
    // the page's paragraphs.
    let article = article.expect("a huge page is still an article");
    assert!(article.text.contains(PARAGRAPHS[0]) && article.text.contains(PARAGRAPHS[PARAGRAPHS.len() - 1]));
    assert!(article.text.len() <= PARAGRAPHS.iter().map(|p| p.len() + 2).sum::<usize>() * 2000);
}

#[test]
fn deep_nesting_stays_bounded() {
    let deep = format!("{}<p>deep</p>{}", "<div>".repeat(5000), "</div>".repeat(5000));
    let (article, problems) = chorus_extract::extract(raw(&deep));
    // The depth guard either reads the paragraph or says why it did not.
    match article {
        Some(article) => assert!(article.text.contains("deep"), "{:?}", article.text),
        None => assert!(!problems.is_empty()),
    }
}
