//! Print the attributions `chorus_quotes` finds in a text file (or standard
//! input), one per line: source, cue, content parts as written, and whether
//! the content is direct.
//!
//! `cargo run -p chorus-quotes --example show -- FILE`

use std::io::Read;

fn main() -> std::io::Result<()> {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(path) => text = std::fs::read_to_string(path)?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    let mut article = chorus_model::Article {
        text,
        ..Default::default()
    };
    chorus_text::annotate(&mut article);
    for quote in chorus_quotes::find(&article) {
        let a = &quote.attribution;
        let show =
            |span: Option<chorus_model::Span>| span.map_or("-".to_string(), |s| article.span_text(s).to_string());
        let parts: Vec<&str> = quote.parts.iter().map(|p| article.span_text(*p)).collect();
        println!(
            "S[{}] C[{}] Q[{}] direct={}",
            show(a.source),
            show(a.cue),
            parts.join(" … "),
            a.direct
        );
    }
    Ok(())
}
