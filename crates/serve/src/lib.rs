/*!
The chorus web app: an HTTP JSON API and server-rendered HTML pages over a
chorus store, served by the `chorus` binary itself.

Routes (all `GET`; the API is described by the OpenAPI document at
`/api/openapi.json`):

```text
/api/stories            stories, largest first; ?q= full-text, ?outlet=, ?entity=,
                        ?from= and ?to= (YYYY-MM-DD, a day of publication), ?limit=
/api/stories/{id}       one story: the story object of the report contract
/api/articles/{id}      one article: metadata, text, sentences, its story
/api/entities/{name}    a person, organization or place: its stories and its quotes
/api/openapi.json       the OpenAPI 3 description of the API
/                       the story list, with a search box
/search?q=              stories and articles matching a full-text search
/stories/{id}           a story page: cited summary, timeline, quotes, figures, coverage, articles
/entities/{name}        an entity page: the stories that name it and its quotes
```

Pages need no JavaScript and load nothing from elsewhere; every piece of
article text written into them is escaped, and a Content-Security-Policy
refuses scripts that are not the app's own.

The server is [`tiny_http`]: a small synchronous server, one thread per
worker, each with its own connection to the store. It binds where it is told;
the binary defaults to 127.0.0.1.

What it is not for: it computes nothing about stories (`chorus ingest` does,
into the store) and it does not write to the store.
*/
#![deny(missing_docs)]

mod html;
mod query;
mod routes;

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use routes::{handle, Reply};

/// Why the server could not start.
#[derive(Debug)]
pub enum Error {
    /// The store could not be opened.
    Store(chorus_store::Error),
    /// The address could not be bound.
    Bind {
        /// The address asked for.
        addr: String,
        /// Why.
        reason: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Store(err) => write!(f, "{err}"),
            Error::Bind { addr, reason } => write!(f, "cannot listen on {addr}: {reason}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Store(err) => Some(err),
            Error::Bind { .. } => None,
        }
    }
}

/// A server bound to its address, not yet answering.
pub struct Server {
    http: Arc<tiny_http::Server>,
    db: PathBuf,
}

impl Server {
    /// Open (or create) the store at `db` and listen on `addr`
    /// (`127.0.0.1:8080`; port 0 picks a free one).
    pub fn bind(db: &Path, addr: &str) -> Result<Server, Error> {
        // Opening once here creates the file and migrates it before any worker runs.
        chorus_store::Store::open(db).map_err(Error::Store)?;
        let http = tiny_http::Server::http(addr).map_err(|err| Error::Bind {
            addr: addr.to_string(),
            reason: err.to_string(),
        })?;
        Ok(Server {
            http: Arc::new(http),
            db: db.to_path_buf(),
        })
    }

    /// The address the server listens on.
    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.http.server_addr().to_ip()
    }

    /// Answer requests with `workers` threads, until the process ends.
    pub fn run(self, workers: usize) -> Result<(), Error> {
        let mut threads = Vec::new();
        for _ in 0..workers.max(1) {
            let store = chorus_store::Store::open(&self.db).map_err(Error::Store)?;
            let http = Arc::clone(&self.http);
            threads.push(std::thread::spawn(move || serve(&http, &store)));
        }
        for thread in threads {
            // A worker only ends by panicking; the others keep answering.
            if thread.join().is_err() {
                eprintln!("chorus serve: a worker thread stopped");
            }
        }
        Ok(())
    }
}

fn serve(http: &tiny_http::Server, store: &chorus_store::Store) {
    for request in http.incoming_requests() {
        let method = request.method().as_str().to_string();
        let reply = handle(store, &method, request.url());
        let status = reply.status;
        let mut response = tiny_http::Response::from_data(reply.body)
            .with_status_code(status)
            // Always a Content-Length, never chunked: simpler for clients.
            .with_chunked_threshold(usize::MAX);
        for (name, value) in reply.headers {
            if let Ok(header) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
                response.add_header(header);
            }
        }
        if let Err(err) = request.respond(response) {
            eprintln!("chorus serve: cannot answer a request: {err}");
        }
    }
}
