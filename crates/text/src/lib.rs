/*!
The text stage: language, sentences, tokens and stems of an article, all as
spans of byte offsets into [`Article::text`].

It reads `Article::text` (and `Article::language` and `Article::title` when
the input gave them) and fills `Article::language`, `Article::sentences` and
`Article::tokens`. It never changes the text itself, and it does no IO.

The pieces, each usable on its own by later stages:

* [`identify_language`] and [`normalize_language_code`] give ISO 639-1
  codes (module `language`, on top of `whatlang`);
* [`split_sentences`] cuts text into sentence [`Span`](chorus_model::Span)s (module
  `sentences`, with the abbreviation tables of module `abbreviations`);
* [`tokenize`] cuts a span into [`Token`](chorus_model::Token)s with stems and stopword flags
  (module `tokens`; [`stem`] and [`is_stopword`] work on single words).

Every function takes an optional language code and falls back to English
tables (abbreviations, stopwords) when it is unknown; stemming falls back to
lower-casing only. None of them fails or panics, whatever the input: bad
text gives fewer or odder sentences, never an error.

# Design

Rules, not models. Sentence splitting uses punctuation, case, and small
per-language abbreviation and stopword tables (an ambiguous abbreviation such
as `U.S.` ends a sentence only before a capitalized stopword such as `The`).
This is fast, predictable, needs no training data, and is right on the vast
majority of news sentences; the errors it makes are on rare constructions.
Sentences are split first and tokens are made per sentence, so that a
sentence's tokens are a contiguous range of [`Article::tokens`].

Speed decides two more choices, because the whole pipeline must handle
thousands of articles per second on one core:

* Language identification first lets the stopword lists vote and calls
  `whatlang` only when the vote is not clear; `whatlang` alone costs more per
  article than everything else this stage does.
* Each thread caches the stem and stopword flag of the words it has seen
  (bounded in size), since news vocabulary repeats and the Snowball
  stemmers are the costliest step per token.

On the Gun Violence corpus (articles of about 1,700 bytes) the stage takes
well under a tenth of a millisecond per article.

# Example

```
use chorus_model::Article;

let mut article = Article {
    text: "Syrian fighters sent to Karabakh\n\nU.S. officials said on Jan. 5 that \
           Mr. Smith's report was right. It named 1,000 fighters."
        .to_string(),
    ..Article::default()
};
chorus_text::annotate(&mut article);
assert_eq!(article.language.as_deref(), Some("en"));
let sentences: Vec<&str> =
    article.sentences.iter().map(|s| article.span_text(s.span)).collect();
assert_eq!(sentences, [
    "Syrian fighters sent to Karabakh",
    "U.S. officials said on Jan. 5 that Mr. Smith's report was right.",
    "It named 1,000 fighters.",
]);
let last = &article.sentences[2];
let stems: Vec<&str> =
    article.sentence_tokens(last).iter().map(|t| t.stem.as_str()).collect();
assert_eq!(stems, ["it", "name", "1000", "fighter", "."]);
```
*/
#![deny(missing_docs)]

mod abbreviations;
mod calendar_words;
mod chars;
mod language;
mod sentences;
mod stopwords;
mod tokens;
mod view;

use chorus_model::{Article, Sentence};

pub use calendar_words::{is_english_month, is_english_weekday, ENGLISH_MONTHS, ENGLISH_WEEKDAYS};
pub use language::{identify_language, normalize_language_code, IDENTIFY_PREFIX_BYTES};
pub use sentences::split_sentences;
pub use stopwords::is_stopword;
pub use tokens::{stem, tokenize};
pub use view::{TokenView, ViewToken};

/// Fill the language, sentences and tokens of an article.
///
/// A language given by the input is kept, normalized to ISO 639-1; when
/// there is none, or it is not a language code, the language is identified
/// from the title and the start of the text (and left `None` when that
/// fails). Sentences and tokens already present are replaced.
pub fn annotate(article: &mut Article) {
    let given = article.language.as_deref().and_then(language::canonical_code);
    let code = given.or_else(|| language::identify_article(article.title.as_deref(), &article.text));
    article.language = code.map(str::to_string);

    let profile = language::Profile::new(code);
    let spans = sentences::split_with(&article.text, &profile);
    article.sentences.clear();
    article.sentences.reserve(spans.len());
    article.tokens.clear();
    // About one token per six bytes of news text.
    article.tokens.reserve(article.text.len() / 6);
    for span in spans {
        let first = token_index(article.tokens.len());
        tokens::tokenize_into(&article.text, span, &profile, &mut article.tokens);
        let end = token_index(article.tokens.len());
        article.sentences.push(Sentence {
            span,
            tokens: first..end,
        });
    }
}

/// Share of a batch's identified articles that one language must reach
/// for [`fill_missing_languages`] to lend it.
const BATCH_LANGUAGE_SHARE: f64 = 0.9;

/// Give each article of a batch that has no text and whose title alone
/// told no language the language nearly all the others are in (nine in
/// ten of those identified), so that its title is stemmed like theirs: a
/// bare headline's "shooting" is then the corpus's common "shoot", not a
/// rare word that only other bare headlines share. A batch of mixed
/// languages lends none. Returns how many articles were given one.
pub fn fill_missing_languages(articles: &mut [Article]) -> usize {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let mut identified = 0;
    for code in articles.iter().filter_map(|a| a.language.as_deref()) {
        identified += 1;
        match counts.iter_mut().find(|(c, _)| *c == code) {
            Some(entry) => entry.1 += 1,
            None => counts.push((code, 1)),
        }
    }
    let Some(&(dominant, count)) = counts.iter().max_by_key(|(_, n)| *n) else {
        return 0;
    };
    if (count as f64) < BATCH_LANGUAGE_SHARE * identified as f64 {
        return 0;
    }
    let dominant = dominant.to_string();
    let mut filled = 0;
    for article in articles.iter_mut() {
        if article.language.is_none() && article.tokens.is_empty() && article.title.is_some() {
            article.language = Some(dominant.clone());
            article.language_lent = true;
            filled += 1;
        }
    }
    filled
}

/// A token count as the `u32` the model stores. Texts are capped below
/// 4 GiB and a token is at least one byte, so it always fits.
fn token_index(count: usize) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Annotate an article and describe it: language, then one line per
    /// sentence with its tokens separated by `|`.
    fn check(language: Option<&str>, title: Option<&str>, text: &str, expected: &str) {
        let mut article = Article {
            language: language.map(str::to_string),
            title: title.map(str::to_string),
            text: text.to_string(),
            ..Article::default()
        };
        annotate(&mut article);
        let mut got = format!("{:?}", article.language);
        for sentence in &article.sentences {
            let tokens: Vec<&str> = article
                .sentence_tokens(sentence)
                .iter()
                .map(|t| article.span_text(t.span))
                .collect();
            got.push('\n');
            got.push_str(&tokens.join("|"));
        }
        assert_eq!(got, expected);
    }

    #[test]
    fn keeps_and_normalizes_a_given_language() {
        check(
            Some("EN-us"),
            None,
            "Bonjour. Merci.",
            "Some(\"en\")\nBonjour|.\nMerci|.",
        );
        check(Some("French"), None, "Hello there.", "Some(\"fr\")\nHello|there|.");
    }

    #[test]
    fn identifies_a_missing_or_unusable_language() {
        let text = "Le président a déclaré mercredi que des centaines de combattants \
                    syriens avaient été envoyés au Haut-Karabakh.";
        let mut article = Article {
            text: text.to_string(),
            ..Article::default()
        };
        annotate(&mut article);
        assert_eq!(article.language.as_deref(), Some("fr"));

        article.language = Some("unknown".to_string());
        annotate(&mut article);
        assert_eq!(article.language.as_deref(), Some("fr"));
    }

    #[test]
    fn title_helps_identify_short_texts() {
        let mut article = Article {
            title: Some("Des combattants syriens envoyés au Haut-Karabakh, selon Paris".into()),
            text: "Emmanuel Macron.".into(),
            ..Article::default()
        };
        annotate(&mut article);
        assert_eq!(article.language.as_deref(), Some("fr"));
    }

    #[test]
    fn a_bare_headline_takes_the_language_of_its_batch() {
        let english = |title: &str, text: &str| {
            let mut article = Article {
                title: Some(title.into()),
                text: text.into(),
                ..Article::default()
            };
            annotate(&mut article);
            article
        };
        let story = "The city council voted on Tuesday to close the old library on Main Street, \
                     and the mayor said the building would be sold to pay for a new one downtown.";
        let mut batch: Vec<Article> = (0..9)
            .map(|_| english("Council votes to close library", story))
            .collect();
        batch.push(english("Teen hurt", ""));
        assert_eq!(batch[9].language, None);
        assert_eq!(fill_missing_languages(&mut batch), 1);
        assert_eq!(batch[9].language.as_deref(), Some("en"));
        assert!(batch[9].language_lent);
        assert!(!batch[0].language_lent);

        // Half English, half French: no language is lent.
        let french = "Le conseil municipal a voté mardi la fermeture de la vieille bibliothèque de la rue \
                      principale, et le maire a dit que le bâtiment serait vendu.";
        let mut mixed: Vec<Article> = (0..4)
            .map(|_| english("Council votes to close library", story))
            .collect();
        mixed.extend((0..4).map(|_| english("Le conseil ferme la bibliothèque", french)));
        mixed.push(english("Teen hurt", ""));
        assert_eq!(fill_missing_languages(&mut mixed), 0);
        assert_eq!(mixed[8].language, None);
        assert!(!mixed[8].language_lent);
    }

    #[test]
    fn empty_article() {
        check(None, None, "", "None");
        check(None, None, "\n\n  \n", "None");
    }

    #[test]
    fn annotating_twice_gives_the_same_result() {
        let mut article = Article {
            language: Some("en".into()),
            text: "One sentence. Two sentences.\n\nThree.".into(),
            ..Article::default()
        };
        annotate(&mut article);
        let (sentences, tokens) = (article.sentences.clone(), article.tokens.clone());
        annotate(&mut article);
        assert_eq!(article.sentences, sentences);
        assert_eq!(article.tokens, tokens);
        assert_eq!(article.sentences[2].tokens, 6..8);
    }
}
