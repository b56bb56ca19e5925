//! Command-line arguments, parsed and validated by clap.

use clap::{Parser, Subcommand, ValueEnum};

/// chorus: many articles from many outlets in, stories out — what happened,
/// who said what, what several independent outlets confirm, each statement
/// cited to its source sentences.
#[derive(Debug, Parser)]
#[command(name = "chorus", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles and write the stories found in them, with cited summaries.
    Report(ReportArgs),
    /// Read articles and write their quotes and attributed statements, one
    /// JSON line each.
    #[command(long_about = QUOTES_ABOUT)]
    Quotes(QuotesArgs),
    /// Read articles and write the story of each, one JSON line per article:
    /// {"id", "story"}, with "duplicate_of" for near-copies.
    Cluster(ClusterArgs),
    /// One article per input: main text and metadata, one JSON line each:
    /// {"input", "id", "url", "title", "author", "published" (local time),
    /// "published_offset" (its UTC offset, when the page gives one),
    /// "captured" (a WARC record's capture time, UTC), "outlet", "language",
    /// "text"}.
    Extract(ExtractArgs),
    /// Add articles to the store (a SQLite file), each once, then recompute
    /// the stories they can join (all stories with `--recompute`).
    Ingest(IngestArgs),
    /// Serve the web app and the JSON API over the store.
    Serve(ServeArgs),
    /// Poll RSS/Atom feeds and folders on a schedule and add what is new to
    /// the store, as `chorus ingest` does.
    #[command(long_about = WATCH_ABOUT)]
    Watch(WatchArgs),
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Files or folders (read recursively) of articles: .html, .txt, .json,
    /// .jsonl, .warc, .rss, .atom, each possibly .gz; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    pub inputs: Vec<String>,

    /// The page's address, for inputs that do not give one (resolves links,
    /// and a date in the address counts as the publication date).
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
    pub format: ExtractFormat,

    /// Exit with status 1 when any input had to be skipped.
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// One JSON object per line and per article.
    Json,
    /// The title and text of each article, separated by blank lines.
    Text,
}

#[derive(Debug, clap::Args)]
pub struct ClusterArgs {
    /// Files or folders (read recursively) of articles: .txt, .html, .json,
    /// .jsonl, .warc, .rss, .atom, each possibly .gz; `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ClusterFormat::Jsonl)]
    pub format: ClusterFormat,

    /// Say why each article is in its story: whether it joined one, its
    /// similarity, and the terms it shares most with the story.
    #[arg(long)]
    pub explain: bool,

    /// Exit with status 1 when any input had to be skipped.
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClusterFormat {
    /// One JSON object per line and per article.
    Jsonl,
}

/// The long help of `chorus quotes`: what each line holds.
const QUOTES_ABOUT: &str = "\
Read articles and write their quotes and attributed statements (direct quotes and \
reported speech), one JSON line each:

  {\"input\": ..., \"source\": {\"text\", \"start\", \"end\"} or null, \"cue\": {...} or null,
   \"content\": {...}, \"speaker\": entity name, or a role of it
   (\"Emmanuel Macron's office\"; \"Yerevan and Baku\" when several speak), or null,
   \"speaker_entity\": the first speaker's entity name or null, \"speaker_entities\": every
   speaker's entity name ([] when none), \"direct\": true|false}

start and end are character (Unicode scalar value) offsets, end exclusive. For a text \
input (a .txt file, or the \"text\" of a JSON record) they point into the text as read, \
before any cleanup. For an HTML input they point into the text extracted from the page.";

#[derive(Debug, clap::Args)]
pub struct QuotesArgs {
    /// Files or folders (read recursively) of articles: .txt, .html, .json,
    /// .jsonl, .warc, .rss, .atom, each possibly .gz; `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = QuotesFormat::Jsonl)]
    pub format: QuotesFormat,

    /// Exit with status 1 when any input had to be skipped.
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuotesFormat {
    /// One JSON object per line and per attribution.
    Jsonl,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Files or folders (read recursively) of articles: .txt, .html, .json,
    /// .jsonl, .warc, .rss, .atom, each possibly .gz; `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,

    /// Output format (default: from the extension of --output, else json).
    #[arg(long, value_enum)]
    pub format: Option<Format>,

    /// Write the report to this file instead of standard output.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<String>,

    /// Treat all inputs as one story (skip story clustering).
    #[arg(long)]
    pub single_story: bool,

    /// Length budget of each story summary, in words.
    #[arg(long, value_name = "N", default_value_t = 200, value_parser = clap::value_parser!(u32).range(1..))]
    pub summary_words: u32,

    /// Most dates in each story's timeline.
    #[arg(long, value_name = "N", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub timeline_dates: u32,

    /// Most sentences for each date of a timeline.
    #[arg(long, value_name = "K", default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..))]
    pub timeline_sentences: u32,

    /// Exit with status 1 when any input had to be skipped.
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The JSON report contract (chorus.report/1).
    Json,
    /// Markdown, for terminals and wikis.
    Md,
    /// A self-contained HTML page.
    Html,
}

impl Format {
    /// The format an output path's extension asks for; JSON otherwise.
    pub fn from_path(path: Option<&str>) -> Format {
        let lower = path.unwrap_or("").to_ascii_lowercase();
        if lower.ends_with(".html") || lower.ends_with(".htm") {
            Format::Html
        } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Md
        } else {
            Format::Json
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// Files or folders (read recursively) of articles: .txt, .html, .json,
    /// .jsonl, .warc, .rss, .atom, each possibly .gz; `-` reads standard input.
    #[arg(required_unless_present = "recompute", value_name = "INPUT")]
    pub inputs: Vec<String>,

    /// Recompute every story over every stored article, rather than only
    /// the stories the new articles can join (inputs are then optional).
    #[arg(long)]
    pub recompute: bool,

    /// The store: a SQLite file, created on first use.
    #[arg(long, value_name = "PATH", default_value = "chorus.db")]
    pub db: String,

    /// Exit with status 1 when any input had to be skipped.
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The store: a SQLite file, created on first use.
    #[arg(long, value_name = "PATH", default_value = "chorus.db")]
    pub db: String,

    /// Address to listen on; only this machine can connect unless told otherwise.
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8080")]
    pub addr: String,

    /// Threads answering requests.
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub workers: u16,
}

/// The long help of `chorus watch`: the sources file and what is fetched.
const WATCH_ABOUT: &str = "\
Poll RSS/Atom feeds and folders on a schedule and add what is new to the store, as \
`chorus ingest` does, so that `chorus serve` shows it.

The sources file lists one source per line; `#` starts a comment:

  https://news.example/world/rss.xml     a feed (any line with a scheme)
  feed https://wire.example/atom         a feed, said explicitly
  /data/incoming                         a folder (any other line)
  folder ./drops                         a folder, said explicitly

For a feed, the page of each item not seen before is fetched and extracted (an item \
without a link, or whose page cannot be had, is read from the feed's full content when it \
has some). For a folder, each input file that is new or \
changed since the last round is read. Only http and https addresses are fetched, with \
a timeout, a size limit and at most 5 redirects. A source's errors are printed with \
its name and never stop the others. What was seen is kept in the store.";

#[derive(Debug, clap::Args)]
pub struct WatchArgs {
    /// The sources file: one feed address or folder per line.
    #[arg(long, value_name = "FILE")]
    pub sources: String,

    /// The store: a SQLite file, created on first use.
    #[arg(long, value_name = "PATH", default_value = "chorus.db")]
    pub db: String,

    /// Seconds between the starts of two rounds.
    #[arg(long, value_name = "SECONDS", default_value_t = 900, value_parser = clap::value_parser!(u64).range(1..))]
    pub every: u64,

    /// Poll every source once, then exit.
    #[arg(long)]
    pub once: bool,

    /// Longest time for one fetch (feed or page), in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout: u64,

    /// Largest body fetched, in bytes; a larger one is cut off and reported.
    #[arg(long, value_name = "BYTES", default_value_t = 16 << 20, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_bytes: u64,
}
