//! RSS and Atom feeds written here: with and without full content, and broken.

use super::*;

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example News</title>
  <link>https://news.example/</link>
  <language>en</language>
  <item>
    <title>Fighters sent to the front</title>
    <link>https://news.example/2020/10/01/fighters</link>
    <guid>news-1</guid>
    <pubDate>Thu, 01 Oct 2020 10:00:00 GMT</pubDate>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>Full text of the first story, long enough to read.</p>]]></content:encoded>
  </item>
  <item>
    <title>Ceasefire talks</title>
    <link>https://news.example/2020/10/02/talks</link>
    <pubDate>Fri, 02 Oct 2020 09:30:00 +0200</pubDate>
    <description>&lt;p&gt;Only a summary of the talks.&lt;/p&gt;</description>
  </item>
</channel>
</rss>"#;

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Wire</title>
  <id>urn:wire</id>
  <updated>2020-10-03T12:00:00Z</updated>
  <entry>
    <title>Wire story</title>
    <id>urn:wire:1</id>
    <link rel="alternate" href="https://wire.example/1"/>
    <published>2020-10-03T11:00:00Z</published>
    <updated>2020-10-03T12:00:00Z</updated>
    <summary>Wire summary.</summary>
    <content type="html">&lt;p&gt;The whole wire story.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Summary only</title>
    <id>urn:wire:2</id>
    <link href="https://wire.example/2"/>
    <updated>2020-10-03T12:30:00Z</updated>
    <summary>Just this.</summary>
  </entry>
</feed>"#;

fn write_file(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn rss_items_become_articles_and_summary_only_items_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), "news.rss", RSS);
    let (articles, problems) = read_all(std::slice::from_ref(&path), &Limits::default());
    assert_eq!(articles.len(), 2);
    let first = &articles[0];
    assert_eq!(first.input, format!("{path}[0]"));
    assert_eq!(first.url.as_deref(), Some("https://news.example/2020/10/01/fighters"));
    assert_eq!(first.title.as_deref(), Some("Fighters sent to the front"));
    assert_eq!(first.outlet.as_deref(), Some("Example News"));
    assert_eq!(first.language.as_deref(), Some("en"));
    assert_eq!(first.published.as_deref(), Some("2020-10-01T10:00:00+00:00"));
    assert!(matches!(&first.body, Body::Html(html) if html.contains("Full text of the first story")));
    let second = &articles[1];
    assert!(
        matches!(&second.body, Body::Html(html) if html.contains("Only a summary")),
        "{second:?}"
    );
    assert_eq!(second.published.as_deref(), Some("2020-10-02T07:30:00+00:00"));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].severity, Severity::Warning);
    assert!(
        problems[0].message.starts_with("1 of 2 items give only a summary"),
        "{}",
        problems[0].message
    );
}

#[test]
fn atom_entries_use_content_else_summary() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), "wire.atom", ATOM);
    let (articles, problems) = read_all(&[path], &Limits::default());
    assert_eq!(articles.len(), 2);
    assert!(matches!(&articles[0].body, Body::Html(html) if html.contains("The whole wire story")));
    assert_eq!(articles[0].published.as_deref(), Some("2020-10-03T11:00:00+00:00"));
    assert_eq!(articles[1].body, Body::Text("Just this.".into()));
    // No published date: the updated one stands in.
    assert_eq!(articles[1].published.as_deref(), Some("2020-10-03T12:30:00+00:00"));
    assert_eq!(articles[1].url.as_deref(), Some("https://wire.example/2"));
    assert_eq!(problems.len(), 1);
}

#[test]
fn feed_items_are_keyed_by_guid_else_link() {
    let feed = parse_feed(RSS.as_bytes(), None).unwrap();
    assert_eq!(feed.items[0].key, "news-1");
    assert_eq!(feed.items[1].key, "https://news.example/2020/10/02/talks");
    assert!(feed.items[0].has_content() && !feed.items[1].has_content());
    // Parsing twice gives the same keys: no random ids.
    let again = parse_feed(RSS.as_bytes(), None).unwrap();
    assert_eq!(again.items[1].key, feed.items[1].key);
}

#[test]
fn a_feed_is_recognized_by_content_under_another_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), "feed.download", ATOM);
    let (articles, _) = read_all(&[path], &Limits::default());
    assert_eq!(articles.len(), 2);
}

#[test]
fn broken_feeds_are_problems_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let broken = write_file(
        dir.path(),
        "broken.rss",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>X</title><item><title>A</titl></item>",
    );
    let not_feed = write_file(
        dir.path(),
        "notes.xml",
        "<?xml version=\"1.0\"?><notes><note>hi</note></notes>",
    );
    let empty = write_file(
        dir.path(),
        "empty.rss",
        "<rss version=\"2.0\"><channel><title>Nothing</title></channel></rss>",
    );
    let good = write_file(dir.path(), "good.atom", ATOM);
    let (articles, problems) = read_all(
        &[broken.clone(), not_feed.clone(), empty.clone(), good],
        &Limits::default(),
    );
    assert_eq!(articles.len(), 2, "the good feed is still read");
    let errors: Vec<_> = problems.iter().filter(|p| p.severity == Severity::Error).collect();
    assert_eq!(errors.len(), 3, "{problems:?}");
    assert_eq!(errors[0].input, broken);
    assert!(
        errors[0].message.contains("not a readable RSS or Atom feed"),
        "{}",
        errors[0].message
    );
    assert_eq!(errors[1].input, not_feed);
    assert_eq!(errors[2].input, empty);
    assert!(errors[2].message.contains("no items"));
}

#[test]
fn in_a_folder_only_xml_files_that_are_feeds_are_read() {
    let dir = tempfile::tempdir().unwrap();
    write_file(dir.path(), "feed.xml", RSS);
    write_file(
        dir.path(),
        "sitemap.xml",
        "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>",
    );
    let (articles, problems) = read_all(&[dir.path().display().to_string()], &Limits::default());
    assert_eq!(articles.len(), 2);
    assert!(problems.iter().all(|p| p.severity == Severity::Warning), "{problems:?}");
}
