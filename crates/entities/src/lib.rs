/*!
The entities stage: people, organizations and places named in an article,
each with a canonical name and its mentions, and the merging of one
entity's names across the articles of a story.

It reads [`Article::sentences`] and [`Article::tokens`] (the text stage's
spans, capitalization flags and stopword flags) and fills
[`Article::entities`]; it never changes the text or another layer.
[`merge_story`] then reads the entities of a story's articles and returns
[`StoryEntity`]s, one per person, organization or place, whatever spelling
each outlet used.

It uses no statistical model: rules over capitalization and context, and
gazetteers written for chorus. The pieces, in the order they run:

* `lexicon` holds every word the stage knows, built once per process from
  the tables of `gazetteer` (countries with their other names and
  adjectives, cities, regions), `organizations` (known organizations and
  cue words), `people` (titles, first names, surname endings) and
  `context` (the words around a name that say what it is);
* `names` finds the name words (capitalized words, with the ones
  capitalized only by position checked) and their runs;
* `classify` turns each run into candidate mentions with a kind, taking
  titles off ("French President Emmanuel Macron" mentions "Emmanuel
  Macron") and possessives ("Macron’s" mentions "Macron");
* `resolve` groups the candidates of one article into entities
  ("Macron" joins "Emmanuel Macron");
* `key` and `merge` join the entities of several articles
  ("Pashinian", "Pachinian"; "Putin", "Poutine").

# Design

Rules and tables, not a model: the project downloads no model, and news
names follow regular patterns (titles, cue words, country adjectives) that
rules catch cheaply and predictably. The cost is recall on names the
tables do not know and no context hints at; a run of capitalized words of
unknown kind is dropped rather than guessed.

Speed: the lexicon is one hash map built once (a fast non-cryptographic
hash over short keys); per article the stage looks up each capitalized word
once, and a lower-case word only when it sits next to a name. On the Gun
Violence corpus (articles of about 1,700 bytes) it costs about 300,000
instructions, 0.05 to 0.08 ms, per article on one core: about two thirds of
the text stage.

# Example

```
use chorus_model::{Article, EntityKind};

let mut article = Article {
    text: "French President Emmanuel Macron spoke to the Russian Foreign Ministry. \
           Macron’s office said so."
        .to_string(),
    language: Some("en".into()),
    ..Article::default()
};
chorus_text::annotate(&mut article);
chorus_entities::annotate(&mut article);

let macron = &article.entities[0];
assert_eq!(macron.name, "Emmanuel Macron");
assert_eq!(macron.kind, EntityKind::Person);
let mentions: Vec<&str> = macron.mentions.iter().map(|&m| article.span_text(m)).collect();
assert_eq!(mentions, ["Emmanuel Macron", "Macron"]);

let ministry = &article.entities[1];
assert_eq!(ministry.name, "Russian Foreign Ministry");
assert_eq!(ministry.kind, EntityKind::Organization);
assert_eq!(ministry.country.as_deref(), Some("Russia"));
```
*/
#![deny(missing_docs)]

mod classify;
mod context;
mod fold;
mod gazetteer;
mod key;
mod lexicon;
mod merge;
mod names;
mod organizations;
mod people;
mod resolve;
#[cfg(test)]
mod tests;

use chorus_model::Article;

pub use key::name_key;
pub use merge::{merge_story, StoryEntity};

/// The country a word is the adjective or demonym of ("Azerbaijani",
/// "Azeri" → "Azerbaijan"), by its canonical name: the table that makes
/// "the Russian Foreign Ministry" Russia's, for words that are no mention
/// of their own ("Azerbaijani diplomacy said").
pub fn country_of_adjective(word: &str) -> Option<&'static str> {
    let lexicon = lexicon::lexicon();
    let mut key = String::new();
    lexicon::push_key(word, &mut key);
    let country = lexicon.get(&key)?.adjective()?;
    Some(lexicon.place_name(country))
}

/// Whether a name is a country's, as the gazetteer names it or one of its
/// other names ("Azerbaijan", "Czechia"; not "Baku").
pub fn is_country(name: &str) -> bool {
    let lexicon = lexicon::lexicon();
    let mut key = String::new();
    lexicon::push_key(name, &mut key);
    let capitals = !name.chars().any(char::is_lowercase);
    lexicon
        .get(&key)
        .and_then(|lex| lex.place(capitals))
        .is_some_and(|place| lexicon.is_country(place))
}

/// Find the people, organizations and places an article names and fill
/// [`Article::entities`] with them, in order of first mention. Entities
/// already present are replaced.
///
/// Needs the sentences and tokens of the text stage; without them it finds
/// nothing. Never fails: odd text gives fewer or odder entities.
pub fn annotate(article: &mut Article) {
    let entities = {
        let view = names::View::new(article);
        let candidates = classify::candidates(&view);
        resolve::entities(&view, &candidates)
    };
    article.entities = entities;
}
