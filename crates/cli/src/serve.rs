//! `chorus serve`: the web app and JSON API over a store, until stopped.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

use crate::args::ServeArgs;

pub fn command(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let server = chorus_serve::Server::bind(Path::new(&args.db), &args.addr)
        .with_context(|| format!("cannot serve the store {}", args.db))?;
    let shown = server.local_addr().map_or(args.addr.clone(), |addr| addr.to_string());
    eprintln!(
        "chorus: serving {} on http://{shown}/ (API: http://{shown}/api/openapi.json)",
        args.db
    );
    server.run(usize::from(args.workers)).context("the server stopped")?;
    Ok(ExitCode::SUCCESS)
}
