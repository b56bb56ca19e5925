//! The tables and their migrations. Each migration runs once, in its own
//! transaction with the version bump, so a file is always at one version.
//! Migrations are only ever appended: a released one is never edited.

use rusqlite::{params, Connection};

use crate::{Context, Error};

/// Migration `i` brings the schema from version `i` to `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: articles with a full-text index, stories computed over them.
    "
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        input TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        published TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'),
        language TEXT,
        text TEXT NOT NULL,
        raw TEXT NOT NULL,
        report TEXT,
        stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = 'articles', content_rowid = 'seq');
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        headline TEXT NOT NULL,
        articles INTEGER NOT NULL,
        outlets INTEGER NOT NULL,
        independent INTEGER NOT NULL,
        disputed INTEGER NOT NULL,
        newest TEXT,
        json TEXT NOT NULL,
        page TEXT NOT NULL
    );
    CREATE TABLE story_articles (
        story TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        article TEXT NOT NULL,
        PRIMARY KEY (story, article)
    );
    CREATE INDEX story_articles_article ON story_articles (article);
    CREATE TABLE story_outlets (
        story TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        PRIMARY KEY (story, key)
    );
    CREATE INDEX story_outlets_key ON story_outlets (key);
    CREATE TABLE story_entities (
        story TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (story, key)
    );
    CREATE INDEX story_entities_key ON story_entities (key);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
    ",
    // 2: what `chorus watch` has seen of each source (feed items, files).
    "
    CREATE TABLE seen (
        source TEXT NOT NULL,
        item TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (source, item)
    ) WITHOUT ROWID;
    ",
    // 3: stories updated in part. The list is ordered by what the full
    // computation orders by (independent sources, articles, first stored
    // article), so that untouched stories keep their rows; each row says in
    // which computation it was written; stories are found by article date.
    // The stories are recomputed in full once, as the marker of which
    // articles they cover is new.
    "
    ALTER TABLE stories ADD COLUMN first_seq INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE stories ADD COLUMN computed INTEGER NOT NULL DEFAULT 0;
    UPDATE stories SET first_seq = coalesce((SELECT seq FROM articles WHERE 's' || articles.id = stories.id), 0);
    ALTER TABLE stories DROP COLUMN position;
    CREATE INDEX stories_order ON stories (independent DESC, articles DESC, first_seq);
    CREATE INDEX articles_published ON articles (published);
    DELETE FROM meta WHERE key = 'stories_over_articles';
    ",
    // 4: the clustering's document frequencies over the articles the
    // stories cover (`TermCounts` as bytes, one row), written with the
    // stories, so that an update weighs terms as a full computation would.
    // A store without them is recomputed in full once, which writes them.
    "
    CREATE TABLE term_counts (id INTEGER PRIMARY KEY CHECK (id = 1), counts BLOB NOT NULL);
    ",
    // 5: whether an article's language was lent by its batch (a bare
    // headline that told none), so that a later computation may give it
    // another. Before, a lent language was stored as if identified: every
    // article without text whose language no input gave may have had one,
    // and is marked (one identified from its title gets the same again; a
    // record that is not JSON, which this store never writes, is read as
    // giving none rather than failing the migration).
    "
    ALTER TABLE articles ADD COLUMN language_lent INTEGER NOT NULL DEFAULT 0;
    UPDATE articles SET language_lent = 1
        WHERE language IS NOT NULL AND trim(text) = ''
            AND (CASE WHEN json_valid(raw) THEN json_extract(raw, '$.language') END) IS NULL;
    ",
];

/// The schema version this build writes.
pub(crate) const VERSION: i64 = MIGRATIONS.len() as i64;

/// Create the tables of a new file, or bring an older one up to [`VERSION`].
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), Error> {
    conn.execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        .context("cannot create the schema version table")?;
    loop {
        // Immediate: two processes opening a new file migrate one after the other.
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .context("cannot start a migration")?;
        let found: Option<i64> = tx
            .query_row("SELECT max(version) FROM schema_version", [], |row| row.get(0))
            .context("cannot read the schema version")?;
        let found = found.unwrap_or(0);
        if found > VERSION {
            return Err(Error::NewerSchema { found, known: VERSION });
        }
        let Some(migration) = MIGRATIONS.get(found as usize) else {
            return Ok(());
        };
        tx.execute_batch(migration)
            .context(format!("cannot migrate the schema to version {}", found + 1))?;
        tx.execute("INSERT INTO schema_version (version) VALUES (?1)", params![found + 1])
            .context("cannot record the schema version")?;
        tx.commit()
            .context(format!("cannot commit the schema migration to version {}", found + 1))?;
    }
}
