/*!
The chorus store: articles and the stories computed over them, in one SQLite
file, with full-text search over titles and texts.

What it is for: `chorus ingest` adds articles to it incrementally, and
`chorus serve` reads from it. The same article (same content, wherever it was
read from) is stored once: its id is a hash of its content. Articles are
added in batches, one transaction each, so an interrupted ingest leaves every
batch either fully stored or absent, and running it again completes it.

Stories are not computed here: [`Store::update_stories`] is given the
pipeline as a function (articles in, report out) and decides which articles
it must run over. It remembers up to which stored article the stories are
computed; the articles stored after that are the new ones. Story clustering
joins an article only to stories whose last article is within its window
(`window_days`, 30 by default), so new articles can touch only the stories
with an article published on or after the *cutoff*: the earliest date among
the new articles minus the window. Those stories are recomputed whole (all
their articles, also those before the cutoff, so none is split there),
together with the new articles, and replaced in one transaction; every
other story keeps its row as it was. A new article without a date (none
given, none found in its text) counts as published on the newest date in
the store, since that is where the clustering places undated articles; the
stories of stored undated articles are always recomputed, for the same
reason. The whole store is recomputed when asked (`full`), when the store
does not know which articles its stories cover (none computed yet, or
computed before schema version 3), or when no article has a date.

The clustering weighs terms by their document frequencies over the whole
store: each computation writes the counts it clustered with (a
`TermCounts`, in the same transaction as the stories), and an update
starts from them, counting only its new articles (the stored ones of the
window are counted already). A store without counts (upgraded from an
older schema, or whose stories came from [`Store::replace_stories`]) is
recomputed in full once, which writes them.

Outside the window the update gives what a full recomputation gives.
Inside it, it can still differ: the near-copies and shared boilerplate of
`dedup` and the merging of alike stories (the clustering's refinement
pass) are found among the articles recomputed, not over the whole store,
so an article may go another way than a full recomputation would send it
(`chorus-bench store` measures how often).

A story's id is `s` and the id of its first stored article, so a story keeps
its id, and its address in the web app, as it grows. The story list is
ordered as the report orders stories (independent sources, then articles,
then the first stored article), from columns of each story's row, so that
ordering needs no rewrite of untouched stories.

It also remembers what `chorus watch` has seen of each source (feed items,
files and their fingerprints), stored in the same transaction as the
articles read from them, so an item is fetched again only if its articles
were not stored.

What it is not for: it reads no input files, knows nothing of HTTP, and does
not run the pipeline itself.
*/
#![deny(missing_docs)]

mod schema;

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use chorus_model::{Article, Body, RawArticle};
use chorus_report::{Report, StoryOut};
pub use chorus_stories::TermCounts;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde_json::{json, Value};

/// Anything that went wrong with the store, with what was being done.
#[derive(Debug)]
pub enum Error {
    /// SQLite refused an operation.
    Sqlite {
        /// What the store was doing.
        context: String,
        /// SQLite's error.
        source: rusqlite::Error,
    },
    /// The file was written by a newer chorus, with a schema this one does not know.
    NewerSchema {
        /// Schema version found in the file.
        found: i64,
        /// Newest version this build knows.
        known: i64,
    },
    /// A stored JSON value could not be read back.
    Json {
        /// What the store was reading.
        context: String,
        /// The parser's error.
        source: serde_json::Error,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Sqlite { context, source } => write!(f, "{context}: {source}"),
            Error::NewerSchema { found, known } => write!(
                f,
                "the database has schema version {found}, newer than this chorus knows ({known}); use a newer chorus"
            ),
            Error::Json { context, source } => write!(f, "{context}: {source}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Sqlite { source, .. } => Some(source),
            Error::Json { source, .. } => Some(source),
            Error::NewerSchema { .. } => None,
        }
    }
}

/// Adds what was being done to a SQLite error.
trait Context<T> {
    fn context(self, context: impl Into<String>) -> Result<T, Error>;
}

impl<T> Context<T> for Result<T, rusqlite::Error> {
    fn context(self, context: impl Into<String>) -> Result<T, Error> {
        self.map_err(|source| Error::Sqlite {
            context: context.into(),
            source,
        })
    }
}

/// An article ready to be stored: the record as read (to run the pipeline
/// again later) and what extraction found in it (to show and search it).
#[derive(Debug, Clone)]
pub struct NewArticle {
    /// The article as read from its input.
    pub raw: RawArticle,
    /// Title, given or found.
    pub title: Option<String>,
    /// Outlet, given or found.
    pub outlet: Option<String>,
    /// Publication date, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`.
    pub published: Option<String>,
    /// ISO 639-1 language code, when given.
    pub language: Option<String>,
    /// The extracted text.
    pub text: String,
}

impl NewArticle {
    /// The article read as `raw`, with what extraction found in it.
    pub fn extracted(raw: RawArticle, article: Article) -> NewArticle {
        NewArticle {
            title: article.title,
            outlet: article.outlet,
            published: article.published.map(|time| time.date().to_string()),
            language: raw.language.clone(),
            text: article.text,
            raw,
        }
    }
}

/// What a batch insert did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Inserted {
    /// Articles stored for the first time.
    pub new: usize,
    /// Articles already in the store (same content), left as they were.
    pub known: usize,
}

/// An item of a watched source that has been read: a feed item (by its
/// guid or link) or a file (by its path, with its size and modification
/// time as the fingerprint).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeenItem {
    /// The source, as written in the sources file.
    pub source: String,
    /// The item's key within the source.
    pub item: String,
    /// What the item was when read; a changed fingerprint means read again.
    pub fingerprint: String,
}

/// What [`Store::update_stories`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryUpdate {
    /// Whether every story was recomputed, over every stored article.
    pub full: bool,
    /// Articles the pipeline ran over.
    pub articles: usize,
    /// Of those, articles stored since the last computation.
    pub new: usize,
    /// Stories written by this computation.
    pub stories: usize,
    /// Stories replaced by them (in a full computation, all there were).
    pub replaced: usize,
    /// Stories left as they were.
    pub kept: usize,
    /// For an incremental update, the cutoff day (`YYYY-MM-DD`): stories
    /// with an article published on it or later were recomputed.
    pub cutoff: Option<String>,
}

/// A story as stored, for checks: its articles and which computation wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryRecord {
    /// Story id.
    pub id: String,
    /// Its articles' ids, sorted.
    pub articles: Vec<String>,
    /// The number of the computation that wrote the row (1 for the first
    /// computation of the store, and so on).
    pub computed: i64,
}

/// What an update is to run the pipeline over.
struct Plan {
    /// Articles with their `seq`, in stored order.
    articles: Vec<(i64, RawArticle)>,
    /// The stories replaced; `None` for all.
    replaced: Option<Vec<String>>,
    /// Articles stored since the last computation.
    new: usize,
    /// The cutoff day of an incremental update.
    cutoff: Option<String>,
}

/// Filters of the story list; empty ones are ignored.
#[derive(Debug, Clone, Default)]
pub struct StoryFilter {
    /// Full-text search: stories with an article whose title or text has
    /// every word.
    pub query: Option<String>,
    /// Stories with an article of this outlet (case-insensitive).
    pub outlet: Option<String>,
    /// Stories naming this person, organization or place, by canonical name
    /// or alias (case-insensitive).
    pub entity: Option<String>,
    /// Stories with an article published on this day (`YYYY-MM-DD`) or later.
    pub from: Option<String>,
    /// Stories with an article published on this day (`YYYY-MM-DD`) or earlier.
    pub to: Option<String>,
    /// Most stories returned.
    pub limit: usize,
}

/// One line of the story list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorySummary {
    /// Story id.
    pub id: String,
    /// Headline.
    pub headline: String,
    /// Number of articles.
    pub articles: usize,
    /// Number of known outlets.
    pub outlets: usize,
    /// Number of independent sources.
    pub independent: usize,
    /// Number of disputed figures.
    pub disputed: usize,
    /// Newest publication date of its articles, if any is known.
    pub newest: Option<String>,
}

/// One article found by a full-text search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleHit {
    /// Article id.
    pub id: String,
    /// Title, if known.
    pub title: Option<String>,
    /// Outlet, if known.
    pub outlet: Option<String>,
    /// Publication date, if known.
    pub published: Option<String>,
    /// A piece of the text around the match; the matched words are between
    /// [`MATCH_START`] and [`MATCH_END`].
    pub snippet: String,
    /// The story the article is in, if stories were computed since it was stored.
    pub story: Option<String>,
}

/// Marks the start of a matched word in [`ArticleHit::snippet`] (a private-use
/// character, so that it survives HTML escaping and cannot come from a query).
pub const MATCH_START: char = '\u{E000}';
/// Marks the end of a matched word in [`ArticleHit::snippet`].
pub const MATCH_END: char = '\u{E001}';

/// A chorus store, open on one SQLite file.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Open the store at `path`, creating the file and its tables on first
    /// use and bringing an older schema up to date.
    pub fn open(path: &Path) -> Result<Store, Error> {
        let shown = path.display().to_string();
        let mut conn = Connection::open(path).context(format!("cannot open the database {shown}"))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .context("cannot set the busy timeout")?;
        // WAL lets `chorus serve` read while `chorus ingest` writes.
        conn.pragma_update(None, "journal_mode", "WAL")
            .context(format!("cannot switch {shown} to write-ahead logging"))?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .context("cannot enable foreign keys")?;
        schema::migrate(&mut conn)?;
        Ok(Store { conn })
    }

    /// Store a batch of articles in one transaction: either all the new ones
    /// are stored, or none (the error says why).
    pub fn insert_batch(&mut self, batch: &[NewArticle]) -> Result<Inserted, Error> {
        self.insert_and_remember(batch, &[])
    }

    /// Store a batch of articles and remember the source items they were
    /// read from, in one transaction.
    pub fn insert_and_remember(&mut self, batch: &[NewArticle], seen: &[SeenItem]) -> Result<Inserted, Error> {
        let tx = self.conn.transaction().context("cannot start a transaction")?;
        {
            let mut remember = tx
                .prepare_cached(
                    "INSERT INTO seen (source, item, fingerprint) VALUES (?1, ?2, ?3)
                     ON CONFLICT (source, item) DO UPDATE SET fingerprint = excluded.fingerprint,
                     seen_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
                )
                .context("cannot prepare remembering seen items")?;
            for item in seen {
                remember
                    .execute(params![item.source, item.item, item.fingerprint])
                    .context(format!("cannot remember item {} of {}", item.item, item.source))?;
            }
        }
        let mut inserted = Inserted::default();
        {
            let mut insert = tx
                .prepare_cached(
                    // Not `OR IGNORE`, which would also skip rows that break a CHECK.
                    "INSERT INTO articles (id, hash, input, url, outlet, title, published, language, text, raw)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT DO NOTHING",
                )
                .context("cannot prepare the article insert")?;
            for article in batch {
                let hash = content_hash(&article.raw);
                let id = article_id(&hash);
                let raw = raw_json(&article.raw).to_string();
                let changed = insert
                    .execute(params![
                        id,
                        hash,
                        article.raw.input,
                        article.raw.url,
                        article.outlet,
                        article.title,
                        article.published,
                        article.language,
                        article.text,
                        raw
                    ])
                    .context(format!("cannot store the article read from {}", article.raw.input))?;
                if changed == 0 {
                    inserted.known += 1;
                } else {
                    inserted.new += 1;
                }
            }
        }
        tx.commit().context("cannot commit the batch of articles")?;
        Ok(inserted)
    }

    /// The items of `source` seen so far: item → fingerprint.
    pub fn seen_items(&self, source: &str) -> Result<HashMap<String, String>, Error> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT item, fingerprint FROM seen WHERE source = ?1")
            .context("cannot read the seen items")?;
        let rows = statement
            .query_map(params![source], |row| Ok((row.get(0)?, row.get(1)?)))
            .context(format!("cannot read the seen items of {source}"))?;
        rows.collect::<Result<_, _>>()
            .context(format!("cannot read the seen items of {source}"))
    }

    /// Number of stored articles.
    pub fn article_count(&self) -> Result<usize, Error> {
        let count: i64 = self
            .conn
            .query_row("SELECT count(*) FROM articles", [], |row| row.get(0))
            .context("cannot count articles")?;
        Ok(count as usize)
    }

    /// Whether the stored stories were computed over every stored article
    /// (false before the first computation, and after an ingest stopped
    /// between storing articles and computing stories).
    pub fn stories_are_current(&self) -> Result<bool, Error> {
        let last: i64 = self
            .conn
            .query_row("SELECT coalesce(max(seq), 0) FROM articles", [], |row| row.get(0))
            .context("cannot read the last stored article")?;
        Ok(self.stories_through()?.is_some_and(|through| through >= last))
    }

    /// Every stored article as it was read, in the order it was stored, each
    /// with its store id, ready for the pipeline.
    pub fn raw_articles(&self) -> Result<Vec<RawArticle>, Error> {
        let rows = self.read_raw("SELECT seq, id, raw FROM articles ORDER BY seq", [])?;
        Ok(rows.into_iter().map(|(_, raw)| raw).collect())
    }

    /// Replace every stored story by the stories of `report` (computed over
    /// the stored articles), in one transaction.
    pub fn replace_stories(&mut self, report: &Report) -> Result<(), Error> {
        let order = stored_order(&self.conn)?;
        let through = report
            .articles
            .iter()
            .filter_map(|a| order.get(&a.id).copied())
            .max()
            .unwrap_or(0);
        self.write_stories(report, None, &order, through, None).map(|_| ())
    }

    /// The clustering's document frequencies over the articles the stories
    /// cover, as the last computation wrote them; `None` when there are none
    /// (no computation since the store had them, or stories written by
    /// [`Store::replace_stories`]) or they cannot be read (another format):
    /// the next update is then a full one, which writes them.
    pub fn term_counts(&self) -> Result<Option<TermCounts>, Error> {
        let bytes: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT counts FROM term_counts WHERE id = 1", [], |row| row.get(0))
            .optional()
            .context("cannot read the term counts")?;
        Ok(bytes.and_then(|bytes| TermCounts::from_bytes(&bytes).ok()))
    }

    /// Bring the stories up to date with the stored articles: recompute the
    /// stories that the articles stored since the last computation can
    /// touch, or every story when `full` is set or the store needs it (see
    /// the module's documentation). `window_days` is the clustering's
    /// window; `date_of` gives the publication day (`YYYY-MM-DD`) the
    /// pipeline will give a new article (its own, or one found in its text);
    /// `build` runs the pipeline over articles and returns its report,
    /// clustering with document frequencies that start from the counts it
    /// is given, of which the articles marked `true` are already part, and
    /// counting the others into them. The stories and the counts are
    /// written in one transaction. `None` when the stories were current and
    /// `full` was not set.
    pub fn update_stories(
        &mut self,
        full: bool,
        window_days: i64,
        date_of: impl Fn(&RawArticle) -> Option<String>,
        build: impl FnOnce(Vec<RawArticle>, &mut TermCounts, &[bool]) -> Report,
    ) -> Result<Option<StoryUpdate>, Error> {
        let through = self.stories_through()?;
        let mut plan = None;
        if let (Some(through), false) = (through, full) {
            let new = self.read_raw(
                "SELECT seq, id, raw FROM articles WHERE seq > ?1 ORDER BY seq",
                params![through],
            )?;
            if new.is_empty() {
                return Ok(None);
            }
            if let Some(counts) = self.term_counts()? {
                plan = self
                    .plan_incremental(through, new, window_days, &date_of)?
                    .map(|plan| (plan, counts));
            }
        }
        let (plan, mut counts) = match plan {
            Some(planned) => planned,
            None => {
                let articles = self.read_raw("SELECT seq, id, raw FROM articles ORDER BY seq", [])?;
                let new = articles
                    .iter()
                    .filter(|(seq, _)| through.is_none_or(|t| *seq > t))
                    .count();
                let plan = Plan {
                    articles,
                    replaced: None,
                    new,
                    cutoff: None,
                };
                (plan, TermCounts::new())
            }
        };
        // An incremental update's stored articles are counted already.
        let counted: Vec<bool> = plan
            .articles
            .iter()
            .map(|(seq, _)| plan.replaced.is_some() && through.is_some_and(|t| *seq <= t))
            .collect();
        let seqs: HashMap<String, i64> = plan
            .articles
            .iter()
            .filter_map(|(seq, raw)| raw.id.clone().map(|id| (id, *seq)))
            .collect();
        let covered = plan.articles.iter().map(|(seq, _)| *seq).max().unwrap_or(0);
        let through = covered.max(through.unwrap_or(0));
        let articles = plan.articles.len();
        let report = build(
            plan.articles.into_iter().map(|(_, raw)| raw).collect(),
            &mut counts,
            &counted,
        );
        let replaced = self.write_stories(&report, plan.replaced.as_deref(), &seqs, through, Some(&counts))?;
        let total: i64 = self
            .conn
            .query_row("SELECT count(*) FROM stories", [], |row| row.get(0))
            .context("cannot count stories")?;
        Ok(Some(StoryUpdate {
            full: plan.replaced.is_none(),
            articles,
            new: plan.new,
            stories: report.stories.len(),
            replaced,
            kept: (total as usize).saturating_sub(report.stories.len()),
            cutoff: plan.cutoff,
        }))
    }

    /// Which articles an incremental update runs over, and which stories it
    /// replaces; `None` when it has to be a full computation (no article
    /// has a date, or a date is not one).
    fn plan_incremental(
        &self,
        through: i64,
        new: Vec<(i64, RawArticle)>,
        window_days: i64,
        date_of: &impl Fn(&RawArticle) -> Option<String>,
    ) -> Result<Option<Plan>, Error> {
        let dates: Vec<Option<String>> = new.iter().map(|(_, raw)| date_of(raw)).collect();
        // Dates of stored articles are the pipeline's (written back by the
        // last computation); those of new ones come from `date_of`.
        let stored_newest: Option<String> = self
            .conn
            .query_row(
                "SELECT substr(max(published), 1, 10) FROM articles WHERE seq <= ?1",
                params![through],
                |row| row.get(0),
            )
            .context("cannot read the newest publication date")?;
        let Some(newest) = stored_newest.into_iter().chain(dates.iter().flatten().cloned()).max() else {
            return Ok(None);
        };
        // Undated articles are clustered last, against the stories open at
        // the newest date: for the cutoff they count as of that day.
        let earliest = dates
            .iter()
            .map(|d| d.as_deref().unwrap_or(&newest))
            .min()
            .unwrap_or(&newest);
        let cutoff: Option<String> = self
            .conn
            .query_row(
                "SELECT date(?1, ?2)",
                params![earliest, format!("-{} days", window_days.max(0))],
                |row| row.get(0),
            )
            .context("cannot compute the cutoff date")?;
        let Some(cutoff) = cutoff else { return Ok(None) };
        const TOUCHED: &str = "SELECT DISTINCT sa.story FROM articles a JOIN story_articles sa ON sa.article = a.id
             WHERE a.seq <= ?1 AND (a.published >= ?2 OR a.published IS NULL)";
        let replaced: Vec<String> = {
            let mut statement = self
                .conn
                .prepare(&format!("{TOUCHED} ORDER BY sa.story"))
                .context("cannot find the stories to recompute")?;
            let rows = statement
                .query_map(params![through, cutoff], |row| row.get(0))
                .context("cannot find the stories to recompute")?;
            rows.collect::<Result<_, _>>()
                .context("cannot find the stories to recompute")?
        };
        let mut articles = self.read_raw(
            &format!(
                "SELECT seq, id, raw FROM articles WHERE seq <= ?1 AND id IN
                 (SELECT article FROM story_articles WHERE story IN ({TOUCHED})) ORDER BY seq"
            ),
            params![through, cutoff],
        )?;
        let new_count = new.len();
        articles.extend(new);
        Ok(Some(Plan {
            articles,
            replaced: Some(replaced),
            new: new_count,
            cutoff: Some(cutoff),
        }))
    }

    /// The stories as stored: their articles and the computation that wrote
    /// each, by story id.
    pub fn story_records(&self) -> Result<Vec<StoryRecord>, Error> {
        let mut statement = self
            .conn
            .prepare(
                "SELECT s.id, s.computed, sa.article FROM stories s LEFT JOIN story_articles sa ON sa.story = s.id
                 ORDER BY s.id, sa.article",
            )
            .context("cannot read the stories")?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, Option<String>>(2)?,
                ))
            })
            .context("cannot read the stories")?;
        let mut records: Vec<StoryRecord> = Vec::new();
        for row in rows {
            let (id, computed, article) = row.context("cannot read a story")?;
            if records.last().is_none_or(|last| last.id != id) {
                records.push(StoryRecord {
                    id,
                    articles: Vec::new(),
                    computed,
                });
            }
            if let (Some(article), Some(last)) = (article, records.last_mut()) {
                last.articles.push(article);
            }
        }
        Ok(records)
    }

    /// The last stored article (by `seq`) that the stories were computed
    /// over; `None` when the store does not know.
    fn stories_through(&self) -> Result<Option<i64>, Error> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = 'stories_through'", [], |row| {
                row.get(0)
            })
            .optional()
            .context("cannot read which articles the stories cover")
    }

    /// Stored articles as they were read, with their `seq`, by a query that
    /// selects `seq, id, raw`.
    fn read_raw(&self, sql: &str, values: impl rusqlite::Params) -> Result<Vec<(i64, RawArticle)>, Error> {
        let mut statement = self.conn.prepare(sql).context("cannot read the stored articles")?;
        let rows = statement
            .query_map(values, |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                ))
            })
            .context("cannot read the stored articles")?;
        let mut articles = Vec::new();
        for row in rows {
            let (seq, id, raw) = row.context("cannot read a stored article")?;
            let value: Value = serde_json::from_str(&raw).map_err(|source| Error::Json {
                context: format!("stored article {id} is not valid JSON"),
                source,
            })?;
            articles.push((seq, raw_from_json(id, &value)));
        }
        Ok(articles)
    }

    /// Write the stories of `report` in one transaction, replacing those
    /// listed in `replaced` (or all of them, for `None`), and record that
    /// the stories cover the stored articles up to `through`, clustered
    /// with the document frequencies `counts` (`None`: not known, and any
    /// stored ones are dropped). Returns how many stories were replaced.
    fn write_stories(
        &mut self,
        report: &Report,
        replaced: Option<&[String]>,
        seqs: &HashMap<String, i64>,
        through: i64,
        counts: Option<&TermCounts>,
    ) -> Result<usize, Error> {
        let tx = self.conn.transaction().context("cannot start a transaction")?;
        let computation: i64 = tx
            .query_row("SELECT value FROM meta WHERE key = 'computations'", [], |row| {
                row.get(0)
            })
            .optional()
            .context("cannot read the computation count")?
            .unwrap_or(0)
            + 1;
        let removed = match replaced {
            None => {
                let count: i64 = tx
                    .query_row("SELECT count(*) FROM stories", [], |row| row.get(0))
                    .context("cannot count stories")?;
                tx.execute_batch(
                    "DELETE FROM story_articles; DELETE FROM story_outlets; DELETE FROM story_entities;
                     DELETE FROM stories;",
                )
                .context("cannot clear the previous stories")?;
                count as usize
            }
            Some(ids) => {
                // Their rows in the other story tables go with them (ON DELETE CASCADE).
                let mut delete = tx
                    .prepare_cached("DELETE FROM stories WHERE id = ?1")
                    .context("cannot prepare removing stories")?;
                let mut count = 0;
                for id in ids {
                    count += delete
                        .execute(params![id])
                        .context(format!("cannot remove story {id}"))?;
                }
                count
            }
        };
        for story in &report.stories {
            let mut story = story.clone();
            let first_seq = match first_stored(&story, seqs) {
                Some((seq, id)) => {
                    story.id = format!("s{id}");
                    seq
                }
                None => 0,
            };
            insert_story(&tx, &story, first_seq, computation, report)?;
        }
        {
            let mut update = tx
                .prepare_cached(
                    // A language given by the input or identified once
                    // stays; a missing or lent one is replaced by what this
                    // computation found, which for a lent one depends on
                    // the batch.
                    "UPDATE articles SET report = ?2,
                        language = CASE WHEN language IS NULL OR language_lent THEN ?3 ELSE language END,
                        language_lent = CASE WHEN language IS NULL OR language_lent THEN ?5 ELSE 0 END,
                        published = coalesce(published, ?4)
                     WHERE id = ?1",
                )
                .context("cannot prepare the article update")?;
            for article in &report.articles {
                let json = serde_json::to_string(article).map_err(|source| Error::Json {
                    context: format!("cannot write article {} as JSON", article.id),
                    source,
                })?;
                update
                    .execute(params![
                        article.id,
                        json,
                        article.language,
                        article.published,
                        article.language_lent
                    ])
                    .context(format!("cannot update article {}", article.id))?;
            }
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('stories_through', ?1), ('computations', ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![through, computation],
        )
        .context("cannot record which articles the stories cover")?;
        match counts {
            Some(counts) => tx.execute(
                "INSERT INTO term_counts (id, counts) VALUES (1, ?1)
                 ON CONFLICT (id) DO UPDATE SET counts = excluded.counts",
                params![counts.to_bytes()],
            ),
            None => tx.execute("DELETE FROM term_counts", []),
        }
        .context("cannot record the term counts")?;
        tx.commit().context("cannot commit the stories")?;
        Ok(removed)
    }

    /// The stories that pass the filter, largest first.
    pub fn stories(&self, filter: &StoryFilter) -> Result<Vec<StorySummary>, Error> {
        let mut sql = String::from(
            "SELECT id, headline, articles, outlets, independent, disputed, newest FROM stories WHERE 1 = 1",
        );
        let mut values: Vec<String> = Vec::new();
        if let Some(query) = filter.query.as_deref() {
            let Some(fts) = fts_query(query) else {
                return Ok(Vec::new());
            };
            values.push(fts);
            sql.push_str(&format!(
                " AND id IN (SELECT sa.story FROM story_articles sa JOIN articles a ON a.id = sa.article
                   WHERE a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?{}))",
                values.len()
            ));
        }
        if let Some(outlet) = non_empty(filter.outlet.as_deref()) {
            values.push(outlet.to_lowercase());
            sql.push_str(&format!(
                " AND id IN (SELECT story FROM story_outlets WHERE key = ?{})",
                values.len()
            ));
        }
        if let Some(entity) = non_empty(filter.entity.as_deref()) {
            values.push(entity.to_lowercase());
            sql.push_str(&format!(
                " AND id IN (SELECT story FROM story_entities WHERE key = ?{})",
                values.len()
            ));
        }
        if filter.from.is_some() || filter.to.is_some() {
            values.push(filter.from.clone().unwrap_or_default());
            let from = values.len();
            // Every date string sorts before "9", so a missing end is no bound.
            values.push(filter.to.clone().unwrap_or_else(|| "9".to_string()));
            let to = values.len();
            sql.push_str(&format!(
                " AND id IN (SELECT sa.story FROM story_articles sa JOIN articles a ON a.id = sa.article
                   WHERE a.published >= ?{from} AND substr(a.published, 1, 10) <= ?{to})"
            ));
        }
        // The report's order: independent sources, articles, first stored article.
        sql.push_str(&format!(
            " ORDER BY independent DESC, articles DESC, first_seq LIMIT {}",
            filter.limit.max(1)
        ));
        let mut statement = self.conn.prepare(&sql).context("cannot list stories")?;
        let rows = statement
            .query_map(rusqlite::params_from_iter(values.iter()), |row| {
                Ok(StorySummary {
                    id: row.get(0)?,
                    headline: row.get(1)?,
                    articles: row.get::<_, i64>(2)? as usize,
                    outlets: row.get::<_, i64>(3)? as usize,
                    independent: row.get::<_, i64>(4)? as usize,
                    disputed: row.get::<_, i64>(5)? as usize,
                    newest: row.get(6)?,
                })
            })
            .context("cannot list stories")?;
        rows.collect::<Result<Vec<_>, _>>().context("cannot read a story")
    }

    /// The canonical names of the entities that `name` names (as canonical
    /// name or alias, case-insensitive) in some story.
    pub fn entity_names(&self, name: &str) -> Result<Vec<String>, Error> {
        let mut statement = self
            .conn
            .prepare("SELECT DISTINCT name FROM story_entities WHERE key = ?1 ORDER BY name")
            .context("cannot read entity names")?;
        let rows = statement
            .query_map(params![name.trim().to_lowercase()], |row| row.get(0))
            .context("cannot read entity names")?;
        rows.collect::<Result<Vec<String>, _>>()
            .context("cannot read entity names")
    }

    /// A story as the report contract writes it, as JSON text.
    pub fn story_json(&self, id: &str) -> Result<Option<String>, Error> {
        self.conn
            .query_row("SELECT json FROM stories WHERE id = ?1", params![id], |row| row.get(0))
            .optional()
            .context(format!("cannot read story {id}"))
    }

    /// A story's page: the HTML report of that story alone, with its articles.
    pub fn story_page(&self, id: &str) -> Result<Option<String>, Error> {
        self.conn
            .query_row("SELECT page FROM stories WHERE id = ?1", params![id], |row| row.get(0))
            .optional()
            .context(format!("cannot read story {id}"))
    }

    /// An article: what was stored, its sentences (once stories were
    /// computed) and its story.
    pub fn article(&self, id: &str) -> Result<Option<Value>, Error> {
        let row = self
            .conn
            .query_row(
                "SELECT a.id, a.input, a.url, a.outlet, a.title, a.published, a.language, a.text, a.report,
                        (SELECT story FROM story_articles WHERE article = a.id), a.language_lent
                 FROM articles a WHERE a.id = ?1",
                params![id],
                |row| {
                    Ok((
                        json!({
                            "id": row.get::<_, String>(0)?,
                            "input": row.get::<_, String>(1)?,
                            "url": row.get::<_, Option<String>>(2)?,
                            "outlet": row.get::<_, Option<String>>(3)?,
                            "title": row.get::<_, Option<String>>(4)?,
                            "published": row.get::<_, Option<String>>(5)?,
                            "language": row.get::<_, Option<String>>(6)?,
                            "language_lent": row.get::<_, bool>(10)?,
                            "text": row.get::<_, String>(7)?,
                            "story": row.get::<_, Option<String>>(9)?,
                        }),
                        row.get::<_, Option<String>>(8)?,
                    ))
                },
            )
            .optional()
            .context(format!("cannot read article {id}"))?;
        let Some((mut article, report)) = row else {
            return Ok(None);
        };
        if let Some(report) = report {
            let report: Value = serde_json::from_str(&report).map_err(|source| Error::Json {
                context: format!("stored report of article {id} is not valid JSON"),
                source,
            })?;
            // The report's text is the one its sentence offsets point into.
            for field in ["text", "sentences", "duplicate_of", "author"] {
                if let Some(value) = report.get(field) {
                    article[field] = value.clone();
                }
            }
        }
        Ok(Some(article))
    }

    /// Articles whose title or text has every word of `query`, best first.
    pub fn search_articles(&self, query: &str, limit: usize) -> Result<Vec<ArticleHit>, Error> {
        let Some(fts) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let mut statement = self
            .conn
            .prepare(
                "SELECT a.id, a.title, a.outlet, a.published,
                        snippet(articles_fts, 1, ?2, ?3, '…', 16),
                        (SELECT story FROM story_articles WHERE article = a.id)
                 FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
                 WHERE articles_fts MATCH ?1 ORDER BY rank LIMIT ?4",
            )
            .context("cannot search articles")?;
        let rows = statement
            .query_map(
                params![fts, MATCH_START.to_string(), MATCH_END.to_string(), limit.max(1) as i64],
                |row| {
                    Ok(ArticleHit {
                        id: row.get(0)?,
                        title: row.get(1)?,
                        outlet: row.get(2)?,
                        published: row.get(3)?,
                        snippet: row.get(4)?,
                        story: row.get(5)?,
                    })
                },
            )
            .context("cannot search articles")?;
        rows.collect::<Result<Vec<_>, _>>()
            .context("cannot read a search result")
    }

    /// SQLite's own consistency check and the store's: every article is in
    /// the full-text index. Returns what is wrong, if anything.
    pub fn check(&self) -> Result<Vec<String>, Error> {
        let mut wrong = Vec::new();
        let integrity: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .context("cannot check the database")?;
        if integrity != "ok" {
            wrong.push(format!("integrity check: {integrity}"));
        }
        self.conn
            .execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')", [])
            .map_err(|err| wrong.push(format!("full-text index: {err}")))
            .ok();
        Ok(wrong)
    }
}

/// Each stored article's rank in the order articles were stored.
fn stored_order(conn: &Connection) -> Result<HashMap<String, i64>, Error> {
    let mut statement = conn
        .prepare("SELECT id, seq FROM articles")
        .context("cannot read the order of articles")?;
    let rows = statement
        .query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?)))
        .context("cannot read the order of articles")?;
    rows.collect::<Result<HashMap<_, _>, _>>()
        .context("cannot read the order of articles")
}

/// The story's first stored article, with its `seq`: its id makes the
/// story's id, `s` and that id, which survives recomputing. A story that
/// grows keeps its id (and its address in the web app); the report's own ids
/// are positions, which change. Each article is in one story, so ids stay
/// unique.
fn first_stored(story: &StoryOut, seqs: &HashMap<String, i64>) -> Option<(i64, String)> {
    story
        .articles
        .iter()
        .filter_map(|id| seqs.get(id).map(|&seq| (seq, id)))
        .min()
        .map(|(seq, id)| (seq, id.clone()))
}

fn insert_story(
    tx: &Transaction<'_>,
    story: &StoryOut,
    first_seq: i64,
    computation: i64,
    report: &Report,
) -> Result<(), Error> {
    let members: Vec<_> = report
        .articles
        .iter()
        .filter(|a| story.articles.contains(&a.id))
        .cloned()
        .collect();
    let newest = members.iter().filter_map(|a| a.published.clone()).max();
    let page = chorus_report::to_html(&Report {
        schema: chorus_report::SCHEMA,
        articles: members,
        stories: vec![story.clone()],
    });
    let json = serde_json::to_string(story).map_err(|source| Error::Json {
        context: format!("cannot write story {} as JSON", story.id),
        source,
    })?;
    let disputed = story.figures.iter().filter(|f| f.disputed).count();
    let context = format!("cannot store story {}", story.id);
    tx.execute(
        "INSERT INTO stories (id, first_seq, computed, headline, articles, outlets, independent, disputed, newest,
                              json, page)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            story.id,
            first_seq,
            computation,
            story.headline,
            story.articles.len() as i64,
            story.outlets.len() as i64,
            story.support.independent as i64,
            disputed as i64,
            newest,
            json,
            page
        ],
    )
    .context(context.clone())?;
    for article in &story.articles {
        tx.execute(
            "INSERT INTO story_articles (story, article) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            params![story.id, article],
        )
        .context(context.clone())?;
    }
    for outlet in &story.outlets {
        tx.execute(
            "INSERT INTO story_outlets (story, key) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            params![story.id, outlet.to_lowercase()],
        )
        .context(context.clone())?;
    }
    for entity in &story.entities {
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            tx.execute(
                "INSERT INTO story_entities (story, key, name) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
                params![story.id, name.to_lowercase(), entity.name],
            )
            .context(context.clone())?;
        }
    }
    Ok(())
}

/// A full-text query where each word of the user's query must appear: words
/// are quoted, so that FTS5 operators in a query are taken as text.
fn fts_query(query: &str) -> Option<String> {
    let words: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

fn non_empty(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

/// The content hash of an article: FNV-1a over 128 bits of every field but
/// the input it was read from, so that one article read from two places is
/// one article. A fixed function, so that ids are the same in every run.
pub fn content_hash(raw: &RawArticle) -> String {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    let mut hash = OFFSET;
    let (kind, body) = match &raw.body {
        Body::Text(text) => ("text", text.as_str()),
        Body::Html(html) => ("html", html.as_str()),
    };
    let fields = [
        raw.id.as_deref(),
        raw.url.as_deref(),
        raw.outlet.as_deref(),
        raw.title.as_deref(),
        raw.published.as_deref(),
        raw.language.as_deref(),
        Some(kind),
        Some(body),
    ];
    for field in fields {
        // A tag per field keeps ("ab", None) and ("a", "b") apart.
        let tagged = match field {
            Some(value) => format!("\u{1}{}:{value}", value.len()),
            None => "\u{0}".to_string(),
        };
        for byte in tagged.bytes() {
            hash ^= u128::from(byte);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    format!("{hash:032x}")
}

/// The store id of an article: the first 16 hex digits of its content hash.
fn article_id(hash: &str) -> String {
    hash.get(..16).unwrap_or(hash).to_string()
}

fn raw_json(raw: &RawArticle) -> Value {
    let mut value = json!({
        "input": raw.input,
        "id": raw.id,
        "url": raw.url,
        "outlet": raw.outlet,
        "title": raw.title,
        "published": raw.published,
        "language": raw.language,
    });
    if let Some(captured) = &raw.captured {
        value["captured"] = json!(captured);
    }
    match &raw.body {
        Body::Text(text) => value["text"] = json!(text),
        Body::Html(html) => value["html"] = json!(html),
    }
    value
}

fn raw_from_json(id: String, value: &Value) -> RawArticle {
    let field = |name: &str| value.get(name).and_then(Value::as_str).map(str::to_string);
    let body = match (field("html"), field("text")) {
        (Some(html), _) => Body::Html(html),
        (None, text) => Body::Text(text.unwrap_or_default()),
    };
    RawArticle {
        input: field("input").unwrap_or_default(),
        id: Some(id),
        url: field("url"),
        outlet: field("outlet"),
        title: field("title"),
        published: field("published"),
        language: field("language"),
        captured: field("captured"),
        body,
    }
}

#[cfg(test)]
mod tests;
