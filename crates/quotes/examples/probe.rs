//! Print the attributions `chorus_quotes::find` gives for each line of
//! standard input: `S[source] C[cue] Q[part … part]`.

use std::io::BufRead;

use chorus_model::Article;

fn main() {
    let stdin = std::io::stdin();
    for line in stdin.lock().lines().map_while(Result::ok) {
        let mut article = Article {
            text: line.clone(),
            ..Article::default()
        };
        chorus_text::annotate(&mut article);
        println!("> {line}");
        for quote in chorus_quotes::find(&article) {
            let a = &quote.attribution;
            let source = a.source.map_or("-", |s| article.span_text(s));
            let cue = a.cue.map_or("-", |c| article.span_text(c));
            let parts: Vec<&str> = quote.parts.iter().map(|p| article.span_text(*p)).collect();
            println!("  S[{source}] C[{cue}] Q[{}]", parts.join(" … "));
        }
    }
}
