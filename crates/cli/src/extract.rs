//! `chorus extract`: one article per input, its main text and metadata, as
//! JSON lines (`--format json`) or as plain text (`--format text`).
//!
//! Inputs are read by `chorus-ingest` (HTML, gzipped HTML, text, JSON and
//! JSON Lines records) and extracted by `chorus-extract`; nothing else of
//! the pipeline runs. The language is the one the input or page declares,
//! else the one `chorus-text` identifies in the extracted text.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use chorus_model::{Article, Problem};
use serde_json::{json, Value};

use crate::args::{ExtractArgs, ExtractFormat};

/// One JSON object per extracted article, with the fields of the design's
/// `chorus extract` contract.
fn line_of(article: &Article) -> Value {
    let language = article
        .language
        .clone()
        .or_else(|| chorus_text::identify_language(&article.text).map(str::to_string));
    json!({
        "input": article.input,
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "author": article.author,
        "published": article.published.map(|time| time.format("%Y-%m-%dT%H:%M:%S").to_string()),
        "published_offset": article.published_offset.map(|offset| offset.to_string()),
        "captured": article.captured.map(|time| time.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
        "outlet": article.outlet,
        "language": language,
        "text": article.text,
    })
}

/// Run `chorus extract`.
pub fn command(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let (raws, mut problems) = chorus_ingest::read_all(&args.inputs, &chorus_ingest::Limits::default());
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let mut articles = 0usize;
    for mut raw in raws {
        if raw.url.is_none() {
            raw.url.clone_from(&args.url);
        }
        let (article, found) = chorus_extract::extract(raw);
        problems.extend(found);
        let Some(article) = article else { continue };
        articles += 1;
        match args.format {
            ExtractFormat::Json => writeln!(stdout, "{}", line_of(&article)),
            ExtractFormat::Text => {
                let title = article.title.as_deref().map(|t| format!("{t}\n\n")).unwrap_or_default();
                writeln!(stdout, "{title}{}\n", article.text)
            }
        }
        .context("cannot write the extracted articles")?;
    }
    stdout.flush().context("cannot write the extracted articles")?;
    let errors = report_problems(&problems);
    if articles == 0 {
        anyhow::bail!("no article could be extracted from the inputs");
    }
    eprintln!(
        "chorus: {}, {} skipped",
        crate::count(articles, "article extracted", "articles extracted"),
        crate::count(errors, "input", "inputs"),
    );
    Ok(if args.strict && errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn report_problems(problems: &[Problem]) -> usize {
    let mut errors = 0;
    for problem in problems {
        if problem.severity == chorus_model::Severity::Error {
            errors += 1;
        }
        eprintln!("chorus: {problem}");
    }
    errors
}
