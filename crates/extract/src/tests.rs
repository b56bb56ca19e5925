//! Tests of the whole stage: ids, metadata precedence, problems, and inputs
//! that must not make it panic.

use chorus_model::{Body, RawArticle, Severity};

use super::*;

fn raw(input: &str, body: Body) -> RawArticle {
    RawArticle::new(input, body)
}

fn text(input: &str, body: &str) -> RawArticle {
    raw(input, Body::Text(body.to_string()))
}

const BODY: &str = "The council met on Monday to discuss the new budget for the city.\n\n\
    Members argued for three hours before a vote was taken late in the evening.";

#[test]
fn ids_come_from_the_input() {
    let ids: Vec<String> = [
        "/x/y/000_9f61.txt",
        "/x/y/batch.jsonl:123",
        "-",
        "page.html.gz",
        "C:\\news\\a.txt",
        "https://example.com/a/story.html?x=1",
    ]
    .iter()
    .map(|input| article_id(&text(input, BODY)))
    .collect();
    assert_eq!(ids, ["000_9f61", "batch-123", "stdin", "page", "a", "story"]);
    let mut with_id = text("/x/y/000_9f61.txt", BODY);
    with_id.id = Some("given".into());
    assert_eq!(article_id(&with_id), "given");
}

#[test]
fn given_metadata_wins_and_is_passed_through() {
    let mut input = text("a.txt", &format!("Council passes the budget - City Times\n\n{BODY}"));
    input.title = Some("Council passes the budget - City Times".into());
    input.outlet = Some("The Courier".into());
    input.language = Some("en".into());
    input.published = Some("2020-10-01T12:00:00+03:00".into());
    input.url = Some("https://example.com/budget".into());
    let (article, problems) = extract(input);
    let article = article.expect("an article");
    assert!(problems.is_empty());
    assert_eq!(article.title.as_deref(), Some("Council passes the budget"));
    assert_eq!(article.outlet.as_deref(), Some("The Courier"));
    assert_eq!(article.language.as_deref(), Some("en"));
    assert_eq!(
        article.published.map(|d| d.to_string()).as_deref(),
        Some("2020-10-01 12:00:00")
    );
    assert_eq!(article.text, BODY);
    assert!(article.sentences.is_empty() && article.tokens.is_empty() && article.duplicate_of.is_none());
}

#[test]
fn bad_dates_are_warned_about() {
    let mut input = text("a.txt", BODY);
    input.published = Some("the day after tomorrow".into());
    let (article, problems) = extract(input);
    assert!(article.is_some_and(|a| a.published.is_none()));
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].severity, Severity::Warning);
    assert!(problems[0].message.contains("the day after tomorrow"));
}

#[test]
fn text_is_normalized() {
    let (article, _) = extract(text(
        "a.txt",
        "  First   line\there.  \n\n\n\n  Second line.\r\n\r\nThird\u{00A0}line. ",
    ));
    let article = article.expect("an article");
    assert_eq!(article.text, "First line here.\n\nSecond line.\n\nThird line.");
}

#[test]
fn empty_and_residue_only_texts_are_errors() {
    for body in ["", "   \n\t\n", "Share\n\nAdvertisement\n\nBack to top"] {
        let (article, problems) = extract(text("a.txt", body));
        assert!(article.is_none(), "{body:?}");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].severity, Severity::Error);
        assert_eq!(problems[0].input, "a.txt");
    }
    let (article, problems) = extract(raw(
        "p.html",
        Body::Html("<html><body><script>x()</script></body></html>".into()),
    ));
    assert!(article.is_none());
    assert_eq!(problems[0].message, "no article text found in the HTML page");
}

#[test]
fn html_pages_give_text_and_metadata() {
    let html = r#"<html lang="fr"><head><title>Le conseil vote le budget - Le Courrier</title>
        <meta property="og:site_name" content="Le Courrier">
        <meta property="article:published_time" content="2020-10-01T10:00:00+02:00"></head>
        <body><article><h1>Le conseil vote le budget</h1>
        <p>Le conseil municipal a voté lundi le budget de la ville après un long débat qui a duré jusque tard dans la nuit.</p>
        <p>Partager sur Facebook</p>
        <p>Le maire s'est dit soulagé. « Nous pourrons payer les enseignants et réparer les routes », a-t-elle déclaré.</p>
        <p>Lire aussi : Les impôts augmentent en banlieue</p>
        <p>L'opposition estime que le budget augmente trop les impôts fonciers et promet de revenir sur la question l'an prochain.</p>
        </article></body></html>"#;
    let (article, problems) = extract(raw("p.html", Body::Html(html.into())));
    let article = article.expect("an article");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(article.title.as_deref(), Some("Le conseil vote le budget"));
    assert_eq!(article.outlet.as_deref(), Some("Le Courrier"));
    assert_eq!(article.language.as_deref(), Some("fr"));
    assert_eq!(
        article.published.map(|d| d.date().to_string()).as_deref(),
        Some("2020-10-01")
    );
    assert!(!article.text.contains("Partager"), "{}", article.text);
    assert!(!article.text.contains("Lire aussi"), "{}", article.text);
    assert_eq!(article.text.split("\n\n").count(), 3, "{}", article.text);
}

/// A small deterministic generator, enough to shake the rules.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    const PIECES: &[&str] = &[
        "By",
        " ",
        "\n",
        "\n\n",
        "|",
        "-",
        "--",
        "—",
        "•",
        "...",
        "…",
        ".",
        ":",
        "Share",
        "Read also",
        "2020",
        "October",
        "1",
        "31",
        "12:00",
        "PM",
        "RUSSIA",
        "Photo:",
        "©",
        "Ա",
        "Ж",
        "中",
        "é",
        "\u{200B}",
        "\u{FEFF}",
        "\r",
        "\t",
        "<p>",
        "</p>",
        "<",
        ">",
        "&amp;",
        "<script>",
        "\u{0}",
        "https://",
        "@",
        "Z",
        "+03:00",
        "T",
        "ǅ",
        "İ",
        "ﬀ",
        "\u{10FFFF}",
        "Title Case Words Here",
    ];
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for round in 0..400 {
        let len = (rng.next() % 60) as usize;
        let text: String = (0..len)
            .map(|_| PIECES[(rng.next() % PIECES.len() as u64) as usize])
            .collect();
        let mut input = text_or_html(round, &text);
        input.title = (round % 3 == 0).then(|| text.chars().take(40).collect());
        input.published = (round % 5 == 0).then(|| text.chars().rev().take(30).collect());
        input.url = (round % 7 == 0).then(|| text.clone());
        let (article, problems) = extract(input);
        assert!(article.is_some() || !problems.is_empty());
        if let Some(article) = article {
            assert!(
                !article.text.is_empty() || article.title.is_some(),
                "neither text nor title"
            );
            assert!(!article.text.contains("\n\n\n"));
            assert!(article.text.lines().all(|l| l.trim() == l));
        }
        let _ = dates::parse_date(&text);
        let _ = byline::parse_byline(&text);
        let _ = title::strip_site_suffix(&text);
    }
}

fn text_or_html(round: usize, body: &str) -> RawArticle {
    if round % 2 == 1 {
        raw("odd.html", Body::Html(body.to_string()))
    } else {
        text("odd.txt", body)
    }
}

#[test]
fn strings_that_cut_through_characters_do_not_panic() {
    for text in [
        "2020-10-€x",
        "2020-10-0€",
        "By Jane onéx",
        "By Jane Doe on€ October",
        "HOUSTON €-",
        "1€: Title Here Now",
        "€€€ - €€€ | €€€",
        "Photo:€",
        "• €",
        "Read also:€",
        "By €",
        "Tags€",
        "0:4€ Video",
        "x@y.€",
        "http://€",
        "Читайте также: €",
        "ǅ-ǅ-ǅ",
    ] {
        let _ = extract(text_input(text));
        let _ = dates::parse_date(text);
        let _ = byline::parse_byline(text);
        let _ = title::strip_site_suffix(text);
        let _ = title::is_headline(text);
        let _ = residue::clean(&format!("{text}\n{text}\n{BODY}\n{text}"));
    }
}

fn text_input(body: &str) -> RawArticle {
    text("odd.txt", body)
}

#[test]
fn malformed_html_does_not_panic() {
    for html in [
        "<html><body><p>Unclosed <b>bold <i>italic</p></div></span>",
        "<html><head><title>Only a title</title></head></html>",
        "<p>A paragraph</p>".repeat(500).as_str(),
        "<div>".repeat(2000).as_str(),
        "<html><body>\u{0}\u{1}\u{2}<p>text</p></body></html>",
        "<!-- unterminated comment <p>text</p>",
        "<table><tr><td><p>Cell text that is a sentence.</p></td></tr></table>",
    ] {
        let _ = extract(raw("bad.html", Body::Html(html.to_string())));
    }
}

#[test]
fn a_headline_without_body_is_kept_with_a_warning() {
    let mut input = text("x.jsonl:3", "");
    input.title = Some("Man shot outside Elm Street bar".to_string());
    let (article, problems) = extract(input);
    let article = article.expect("a headline alone is an article");
    assert_eq!(article.title.as_deref(), Some("Man shot outside Elm Street bar"));
    assert!(article.text.is_empty());
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("only the title"), "{problems:?}");

    let (nothing, problems) = extract(text("y.txt", "Share\nTweet\n"));
    assert!(
        nothing.is_none() && problems[0].message.contains("no text left"),
        "{problems:?}"
    );
}

const DATED_PAGE: &str = r#"<html><head><title>Council passes budget</title>
    <meta property="article:published_time" content="2020-10-01T23:30:00-04:00"></head>
    <body><article><p>The city council passed the budget on Monday after a debate that lasted well into the night,
    with members split over taxes and the cost of fixing the roads before winter.</p>
    <p>The mayor said the vote was a relief, and that teachers would now be paid on time this year.</p></article>
    </body></html>"#;

#[test]
fn the_publication_offset_is_kept_beside_the_wall_clock_time() {
    let (article, _) = extract(raw("page.html", Body::Html(DATED_PAGE.to_string())));
    let article = article.expect("an article");
    assert_eq!(
        article.published.map(|p| p.to_string()).as_deref(),
        Some("2020-10-01 23:30:00")
    );
    assert_eq!(
        article.published_offset.map(|o| o.to_string()).as_deref(),
        Some("-04:00")
    );
    assert_eq!(
        article.published_utc().map(|p| p.to_string()).as_deref(),
        Some("2020-10-02 03:30:00")
    );

    // A date given by the input wins, with its own offset or none.
    let mut given = raw("page.html", Body::Html(DATED_PAGE.to_string()));
    given.published = Some("2020-10-01".to_string());
    let (article, _) = extract(given);
    let article = article.expect("an article");
    assert_eq!(
        article.published.map(|p| p.date().to_string()).as_deref(),
        Some("2020-10-01")
    );
    assert_eq!(article.published_offset, None);
}

#[test]
fn the_capture_time_is_kept_apart_and_never_outranks_a_page_date() {
    let mut captured = raw("crawl.warc@0", Body::Html(DATED_PAGE.to_string()));
    captured.captured = Some("2021-05-06T07:08:09Z".to_string());
    let (article, _) = extract(captured.clone());
    let article = article.expect("an article");
    assert_eq!(
        article.published.map(|p| p.date().to_string()).as_deref(),
        Some("2020-10-01")
    );
    assert_eq!(
        article.captured.map(|c| c.to_string()).as_deref(),
        Some("2021-05-06 07:08:09")
    );

    captured.body = Body::Html(DATED_PAGE.replace("article:published_time", "unrelated"));
    let (article, _) = extract(captured);
    let article = article.expect("an article");
    assert_eq!(article.published, None, "the capture time is not a publication date");
    assert!(article.captured.is_some());
}
