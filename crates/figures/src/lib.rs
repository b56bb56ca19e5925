/*!
The figures stage: quantities in the text with what they count, their
unit, range and approximation, and the attribution that gave them; and, at
the story level, the figures of several outlets about the same thing,
grouped, with their disagreements.

Per article, [`annotate`] reads the text, language, sentences, tokens and
attributions of an [`Article`] and fills [`Article::figures`] with
[`Figure`]s in text order. Per story, [`group_story`] reads the figures of
the story's articles and returns [`StoryFigure`]s: one per thing counted,
each with its distinct [`FigureValue`]s and whether they disagree.

The pieces, one module per concept:

* `numbers`: numbers in digits ("1,000", "4 000", "2.300", "1.5 million",
  "$3bn") and what makes a number no figure (dates, years, times, ages,
  labels, list numbers, phone numbers, "42/9");
* `words`: numbers in words ("twenty-five", "a hundred", "two dozen") and
  vague quantities ("hundreds", "dozens", "several thousand");
* `units`: currencies, percent, measures;
* `scan`: a figure around its number: approximation, range, unit;
* `counted`: the counted noun phrase after the number;
* `attribution`: who gave the figure;
* `concepts`: classes of counted nouns, nationalities, events;
* `group`: the story level.

# Design

Rules over the tokens of the text stage, with per-language word tables
(English, French, German, Spanish; other languages use English) looked up
once per token in hash maps built on first use; no regular expressions.

Approximations follow [`Approximation`](chorus_model::Approximation): "about", "some", "an
estimated" are `About`; "nearly", "almost", "just under" `Nearly`; "at least", "more than", "over" `AtLeast`; "up to",
"less than", "as many as" `AtMost`; vague plurals are `Vague` with a range
from two to nine of their unit ("hundreds" is 200–900, "dozens" 24–96,
"thousands" 2,000–9,000), whose middle is the value. A range's value is its
middle too ("$1,500 to $2,000" is 1,750).

Ages are skipped, not kept with a unit: "17-year-old" is one word and never
a number, and "aged 17", "the ages of 17 and 30", "Smith, 45," are left
out. Durations are kept with a unit ("four days" → `days`), except those
that are dates ("two days ago").

# Example

```
use chorus_model::{Approximation, Article};

let mut article = Article {
    text: "One of them said that nearly 1,000 Syrians are set to be sent. \
           They were paid $1,500 to $2,000."
        .to_string(),
    language: Some("en".to_string()),
    ..Article::default()
};
chorus_text::annotate(&mut article);
chorus_figures::annotate(&mut article);
let syrians = &article.figures[0];
assert_eq!(article.span_text(syrians.span), "nearly 1,000 Syrians");
assert_eq!(syrians.value, 1000.0);
assert_eq!(syrians.approximation, Approximation::Nearly);
assert_eq!(syrians.counted.map(|c| article.span_text(c)), Some("Syrians"));
let pay = &article.figures[1];
assert_eq!((pay.low, pay.value, pay.high), (1500.0, 1750.0, 2000.0));
assert_eq!(pay.unit.as_deref(), Some("USD"));
```
*/
#![deny(missing_docs)]

mod attribution;
mod concepts;
mod counted;
mod group;
mod lexicon;
mod numbers;
mod scan;
mod units;
mod view;
mod words;

use chorus_model::{Article, Figure};
use chorus_text::TokenView;

pub use group::{group_story, FigureValue, StoryFigure};

/// Fill [`Article::figures`] with the figures of the text, in text order,
/// replacing any already there. Each figure's attribution is looked up in
/// [`Article::attributions`], so the quotes stage should run first.
pub fn annotate(article: &mut Article) {
    article.figures = find_figures(article);
}

/// The figures of an article, in text order, without storing them.
pub fn find_figures(article: &Article) -> Vec<Figure> {
    find_figures_in(article, &TokenView::of(article))
}

/// [`find_figures`] over the article's token view, which the caller builds
/// once and shares with the other stages that read it.
pub fn find_figures_in(article: &Article, tokens: &TokenView) -> Vec<Figure> {
    let language = article.language.as_deref();
    let lang = lexicon::Lang::of(language);
    let view = view::View::new(tokens, lexicon::table(lang));
    let mut figures = Vec::new();
    scan::scan(&view, lang, language, &mut figures);
    for figure in &mut figures {
        figure.attribution = attribution::attribution_of(article, figure.span);
    }
    figures
}

#[cfg(test)]
mod tests;
