/*!
Runs the chorus stages in order, from inputs to the report.

This is the one place that knows the order of the stages; each stage crate
knows only the model and the stages before it:

```text
ingest -> extract -> text -> dedup -> stories -> compare -> summary -> report
```

The command line and the benchmarks both call [`run`] ([`run_timed`] also
says how long each stage took). Problems with inputs are collected, never
fatal: the report is built from whatever could be read.
*/
#![deny(missing_docs)]

mod output;

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use chorus_compare::align_story;
use chorus_ingest::Limits;
use chorus_model::{Article, RawArticle};
pub use chorus_model::{Problem, Severity};
use chorus_report::Report;
use chorus_stories::ClusterOptions;
pub use chorus_stories::TermCounts;
use chorus_summary::SummaryOptions;
pub use chorus_summary::TimelineOptions;
use chorus_text::TokenView;
use chrono::{NaiveDate, NaiveDateTime};

/// What a run should do.
#[derive(Debug, Clone)]
pub struct Options {
    /// Treat all inputs as one story, skipping clustering.
    pub single_story: bool,
    /// Length budget of each story summary, in words.
    pub summary_words: usize,
    /// Timeline budgets.
    pub timeline: TimelineOptions,
    /// Size limits on inputs.
    pub limits: Limits,
    /// Story clustering settings.
    pub clustering: ClusterOptions,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            single_story: false,
            summary_words: SummaryOptions::default().max_words,
            timeline: TimelineOptions::default(),
            limits: Limits::default(),
            clustering: ClusterOptions::default(),
        }
    }
}

/// The result of a run: the report and every problem met with an input.
#[derive(Debug)]
pub struct Outcome {
    /// The report.
    pub report: Report,
    /// Problems with inputs, in the order they were met.
    pub problems: Vec<Problem>,
}

/// Read the inputs (paths, folders, or `-` for standard input) and build the report.
pub fn run(inputs: &[String], options: &Options) -> Outcome {
    run_timed(inputs, options).0
}

/// [`run`], with the time each stage took.
pub fn run_timed(inputs: &[String], options: &Options) -> (Outcome, StageTimes) {
    let mut times = StageTimes::default();
    let started = Instant::now();
    let (raw, mut problems) = chorus_ingest::read_all(inputs, &options.limits);
    times.add("ingest", started.elapsed());
    let report = build(raw, options, &mut problems, None, &mut times);
    (Outcome { report, problems }, times)
}

/// Wall-clock time spent in each stage of a run, summed over the articles
/// (stages up to `dates`) or the stories (stages after clustering), in the
/// order the stages first ran. What a benchmark shows of where a run's time
/// goes; timing costs two clock reads per stage and article or story.
#[derive(Debug, Clone, Default)]
pub struct StageTimes {
    /// Stage names and their time.
    pub stages: Vec<(&'static str, Duration)>,
}

impl StageTimes {
    /// Add `elapsed` to the time of `stage`.
    pub fn add(&mut self, stage: &'static str, elapsed: Duration) {
        match self.stages.iter_mut().find(|(name, _)| *name == stage) {
            Some((_, total)) => *total += elapsed,
            None => self.stages.push((stage, elapsed)),
        }
    }

    /// Run `work` as part of `stage`.
    fn time<T>(&mut self, stage: &'static str, work: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let result = work();
        self.add(stage, started.elapsed());
        result
    }
}

/// Build the report from articles already read.
pub fn build_report(raw: Vec<RawArticle>, options: &Options, problems: &mut Vec<Problem>) -> Report {
    build(raw, options, problems, None, &mut StageTimes::default())
}

/// [`build_report`] with the clustering's document frequencies starting
/// from `counts` (those of a store the articles belong to): `counted[i]`
/// says that `counts` already counts `raw[i]`; every other article is
/// counted into `counts`, which ends as the counts the stories were
/// clustered with.
pub fn build_report_counted(
    raw: Vec<RawArticle>,
    options: &Options,
    problems: &mut Vec<Problem>,
    counts: &mut TermCounts,
    counted: &[bool],
) -> Report {
    build(
        raw,
        options,
        problems,
        Some((counts, counted)),
        &mut StageTimes::default(),
    )
}

fn build(
    raw: Vec<RawArticle>,
    options: &Options,
    problems: &mut Vec<Problem>,
    counts: Option<(&mut TermCounts, &[bool])>,
    times: &mut StageTimes,
) -> Report {
    let (mut articles, from_raw) = times.time("extract", || extract_all(raw, problems));
    for article in &mut articles {
        analyze(article, times);
    }
    chorus_text::fill_missing_languages(&mut articles);
    let duplicates = times.time("dedup", || chorus_dedup::classify(&articles));
    for (article, original) in articles.iter_mut().zip(&duplicates.original) {
        article.duplicate_of = *original;
    }
    let groups = source_groups(&articles);
    let clustering_started = Instant::now();
    let story_of: Vec<usize> = match counts {
        None if options.single_story => vec![0; articles.len()],
        None => chorus_stories::cluster(&articles, &duplicates.boilerplate, &options.clustering),
        Some((counts, counted)) => {
            let counted: Vec<bool> = from_raw
                .iter()
                .map(|&r| counted.get(r).copied().unwrap_or(false))
                .collect();
            let features: Vec<chorus_stories::Features> = articles
                .iter()
                .zip(&duplicates.boilerplate)
                .map(|(a, &boilerplate)| chorus_stories::article_features(a, boilerplate))
                .collect();
            if options.single_story {
                for (f, _) in features.iter().zip(&counted).filter(|(_, &c)| !c) {
                    counts.observe(f);
                }
                vec![0; articles.len()]
            } else {
                chorus_stories::cluster_features_with(
                    &articles,
                    &features,
                    &options.clustering,
                    false,
                    counts,
                    &counted,
                )
                .story_of
            }
        }
    };
    let mut members: Vec<Vec<usize>> = Vec::new();
    for (index, &story) in story_of.iter().enumerate() {
        if members.len() <= story {
            members.resize(story + 1, Vec::new());
        }
        members[story].push(index);
    }
    members.retain(|m| !m.is_empty());
    times.add("stories", clustering_started.elapsed());
    times.time("dates", || {
        for story in &members {
            correct_lagging_stamps(&mut articles, story);
            resolve_dates_of_undated(&mut articles, story);
        }
    });
    // Largest stories first: by independent sources, then articles.
    members.sort_by_cached_key(|m| {
        let independent = m.iter().map(|&i| groups[i]).collect::<HashSet<_>>().len();
        (std::cmp::Reverse(independent), std::cmp::Reverse(m.len()), m[0])
    });
    let summary_options = SummaryOptions {
        max_words: options.summary_words,
    };
    let stories = members
        .iter()
        .enumerate()
        .map(|(number, story)| {
            let alignment = times.time("compare", || align_story(&articles, story, &groups));
            // What each sentence shows, computed once for both.
            let shown = chorus_summary::ShownParts::new();
            let summary = times.time("summary", || {
                chorus_summary::summarize_with(&articles, &alignment, &summary_options, &shown)
            });
            let timeline = times.time("timeline", || {
                chorus_summary::timeline_with(&articles, &alignment, &options.timeline, &shown)
            });
            let central = headline_article(&articles, story, &alignment);
            let entities = times.time("story entities", || chorus_entities::merge_story(&articles, story));
            let quotes = times.time("story quotes", || {
                chorus_compare::match_quotes(&articles, story, &entities, &groups)
            });
            let entity_names = story_entity_names(&entities);
            let name_of = |article: usize, entity: usize| entity_names.get(&(article, entity)).cloned();
            let figures = times.time("story figures", || {
                chorus_figures::group_story(&articles, story, &name_of)
            });
            let started = Instant::now();
            let story = output::story(output::StoryParts {
                entities: &entities,
                quotes: &quotes,
                figures: &figures,
                number,
                articles: &articles,
                members: story,
                source_group: &groups,
                alignment: &alignment,
                summary: &summary,
                timeline: &timeline,
                central,
            });
            times.add("report", started.elapsed());
            story
        })
        .collect();
    let articles = times.time("report", || {
        (0..articles.len()).map(|i| output::article(&articles, i)).collect()
    });
    Report {
        schema: chorus_report::SCHEMA,
        articles,
        stories,
    }
}

/// The article whose title is the story's headline: the most central one
/// (see [`chorus_summary::articles_by_centrality`]) whose title its site did
/// not cut short, else the most central one.
fn headline_article(articles: &[Article], story: &[usize], alignment: &chorus_compare::StoryAlignment) -> usize {
    let order = chorus_summary::articles_by_centrality(story, alignment);
    let uncut = order.iter().find(|&&position| {
        articles[story[position]]
            .title
            .as_deref()
            .is_some_and(|title| !chorus_extract::title::is_cut(title))
    });
    story[uncut.or(order.first()).copied().unwrap_or(0)]
}

/// The per-article stages after extraction, in the order their layers
/// depend on each other. Figures and dates match patterns over one token
/// view of the article, built once for both (and for the publication date
/// read from the text); the stages before them neither read nor change
/// what the view holds, nor the publication date.
fn analyze(article: &mut Article, times: &mut StageTimes) {
    times.time("text", || chorus_text::annotate(article));
    times.time("entities", || chorus_entities::annotate(article));
    times.time("quotes", || chorus_quotes::annotate(article));
    let tokens = times.time("text", || TokenView::of(article));
    let publication = times.time("dates", || Publication::of(article, &tokens));
    let figures = times.time("figures", || chorus_figures::find_figures_in(article, &tokens));
    let dates = times.time("dates", || {
        chorus_dates::find_dates_in(&tokens, article.language.as_deref(), publication.day(article))
    });
    drop(tokens);
    publication.apply(article);
    article.figures = figures;
    article.dates = dates;
}

/// Where an article's publication date comes from: its metadata, else the
/// date inferred from its text, else, as a last resort, the time the page
/// was captured (in UTC).
enum Publication {
    /// The metadata gave it, or nothing did.
    AsGiven,
    /// Inferred from the text: that day.
    FromText(NaiveDate),
    /// Captured then.
    Captured(NaiveDateTime),
}

impl Publication {
    /// Where the publication date of `article`, whose text stage has run,
    /// comes from; `tokens` is its token view.
    fn of(article: &Article, tokens: &TokenView) -> Publication {
        if article.published.is_some() {
            return Publication::AsGiven;
        }
        match chorus_dates::infer_publication_date_in(tokens, article.language.as_deref()) {
            Some(date) => Publication::FromText(date),
            None => article.captured.map_or(Publication::AsGiven, Publication::Captured),
        }
    }

    /// The publication day of `article` once this is applied.
    fn day(&self, article: &Article) -> Option<NaiveDate> {
        match self {
            Publication::AsGiven => article.published.map(|time| time.date()),
            Publication::FromText(date) => Some(*date),
            Publication::Captured(time) => Some(time.date()),
        }
    }

    /// Set the publication date of `article`.
    fn apply(self, article: &mut Article) {
        match self {
            Publication::AsGiven => {}
            Publication::FromText(date) => {
                article.published = date.and_hms_opt(0, 0, 0);
                article.published_from_text = true;
            }
            Publication::Captured(time) => {
                article.published = Some(time);
                article.published_offset = chrono::FixedOffset::east_opt(0);
            }
        }
    }
}

/// The publication day (`YYYY-MM-DD`) a report gives an article read as
/// `raw`: its own, or the one inferred from its text; `None` when neither is
/// known (or it cannot be extracted). What the store needs to know which
/// stories new articles can join, at the cost of extraction and the text
/// stage.
pub fn publication_day(raw: &RawArticle) -> Option<String> {
    let (article, _) = chorus_extract::extract(raw.clone());
    let mut article = article?;
    chorus_text::annotate(&mut article);
    let tokens = TokenView::of(&article);
    let publication = Publication::of(&article, &tokens);
    publication.day(&article).map(|day| day.to_string())
}

/// Extract every raw article, giving each a unique id, and take back the
/// cut marks of titles whose last word the batch writes whole; with, per
/// article, the index of the raw article it came from.
fn extract_all(raw: Vec<RawArticle>, problems: &mut Vec<Problem>) -> (Vec<Article>, Vec<usize>) {
    let mut articles: Vec<Article> = Vec::with_capacity(raw.len());
    let mut from_raw = Vec::with_capacity(raw.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (index, raw_article) in raw.into_iter().enumerate() {
        let (article, found) = chorus_extract::extract(raw_article);
        problems.extend(found);
        let Some(mut article) = article else { continue };
        let count = seen.entry(article.id.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            problems.push(Problem::warning(
                article.input.clone(),
                format!(
                    "id {:?} already used by an earlier article; renamed {:?}",
                    article.id,
                    format!("{}~{}", article.id, count)
                ),
            ));
            article.id = format!("{}~{}", article.id, count);
        }
        articles.push(article);
        from_raw.push(index);
    }
    chorus_extract::title::unmark_batch_words(&mut articles);
    (articles, from_raw)
}

/// Articles with no publication date (none given, none in their text)
/// cannot resolve "on Wednesday" by themselves. Within a story, the other
/// articles tell when it happened: an undated article is placed near the
/// newest publication date of its story, on the day from it to a week later
/// after which the weekdays it names come closest
/// ([`chorus_dates::publication_date_near`]), marked as inferred, and its
/// relative dates are resolved against that day.
fn resolve_dates_of_undated(articles: &mut [Article], story: &[usize]) {
    let Some(newest) = story.iter().filter_map(|&i| articles[i].published).max() else {
        return;
    };
    for &i in story {
        let article = &mut articles[i];
        if article.published.is_none() {
            let day = chorus_dates::publication_date_near(article, newest.date());
            article.published = day.and_hms_opt(0, 0, 0);
            article.published_from_text = true;
            chorus_dates::annotate(article);
        }
    }
}

/// A page may keep the stamp of its first posting while its text is updated
/// a day later, so that "as of early Tuesday" under a Monday's stamp
/// reads as six days before. Within a story, an article whose metadata
/// gives its day is read on the next day when a weekday it names then moves
/// a week on and the days its text names move only from days no article of
/// the story stamped on another day names to days one names, none told as
/// to come
/// ([`chorus_dates::publication_date_agreeing`]); it is then marked as
/// inferred and its dates are resolved again. All corrections are decided
/// on the dates as first read (announced days name no day for the others).
fn correct_lagging_stamps(articles: &mut [Article], story: &[usize]) {
    let Some(latest) = story.iter().filter_map(|&i| articles[i].published).max() else {
        return;
    };
    let mut naming: HashMap<NaiveDate, Vec<usize>> = HashMap::new();
    for &i in story {
        for mention in &articles[i].dates {
            if mention.precision == chorus_model::DatePrecision::Day && !mention.starts_period && !mention.announced {
                let named = naming.entry(mention.date).or_default();
                if named.last() != Some(&i) {
                    named.push(i);
                }
            }
        }
    }
    let corrections: Vec<(usize, NaiveDate)> = story
        .iter()
        .filter(|&&i| articles[i].published.is_some() && !articles[i].published_from_text)
        .filter_map(|&i| {
            // Articles stamped on the same day would be read the same: no
            // evidence either way.
            let stamp = articles[i].published.map(|p| p.date());
            let named_elsewhere = |day: NaiveDate| {
                naming
                    .get(&day)
                    .is_some_and(|named| named.iter().any(|&j| articles[j].published.map(|p| p.date()) != stamp))
            };
            chorus_dates::publication_date_agreeing(&articles[i], &named_elsewhere, latest.date()).map(|day| (i, day))
        })
        .collect();
    for (i, day) in corrections {
        let article = &mut articles[i];
        let time = article.published.map_or(chrono::NaiveTime::MIN, |p| p.time());
        article.published = Some(day.and_time(time));
        article.published_from_text = true;
        chorus_dates::annotate(article);
    }
}

/// The story-level name of every (article, entity) pair of a story.
fn story_entity_names(entities: &[chorus_entities::StoryEntity]) -> HashMap<(usize, usize), String> {
    let mut names = HashMap::new();
    for entity in entities {
        for &member in &entity.members {
            names.insert(member, entity.name.clone());
        }
    }
    names
}

/// Source groups for counting independent support: an article and its
/// near-copies are one source, and so are all articles of one outlet.
fn source_groups(articles: &[Article]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..articles.len()).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    let mut first_of_outlet: HashMap<String, usize> = HashMap::new();
    for (index, article) in articles.iter().enumerate() {
        if let Some(original) = article.duplicate_of {
            union(&mut parent, index, original);
        }
        let first = *first_of_outlet.entry(article.outlet_key()).or_insert(index);
        union(&mut parent, index, first);
    }
    (0..articles.len()).map(|i| find(&mut parent, i)).collect()
}

/// Articles grouped into stories without the analyses a report needs
/// (quotes, figures, summaries): what `chorus cluster` and the clustering
/// benchmark run.
#[derive(Debug)]
pub struct Clustering {
    /// The articles, in input order, with `duplicate_of` filled.
    pub articles: Vec<Article>,
    /// Per article, its story (0, 1, 2, … in input order of first members).
    pub story_of: Vec<usize>,
    /// Per article, whether its text is boilerplate shared with unrelated articles.
    pub boilerplate: Vec<bool>,
    /// With explanations asked for, per article: whether it joined a story
    /// already there, its similarity, and the terms shared most.
    pub explanations: Vec<Option<Explanation>>,
}

/// Why an article is in its story.
#[derive(Debug, Clone)]
pub struct Explanation {
    /// Whether it joined an existing story (rather than starting one).
    pub joined: bool,
    /// Cosine similarity to the story's centroid when it joined (or to the
    /// most similar story when it started its own).
    pub similarity: f32,
    /// Cosine similarity to the closest of the story's kept members when it
    /// joined: far below `similarity` when the centroid, not any one
    /// article, drew it in.
    pub member_similarity: f32,
    /// The terms that weighed most, with their share of the similarity.
    pub shared: Vec<(String, f32)>,
}

/// Extract and annotate raw articles as far as dedup and story clustering
/// need: tokens, publication date (inferred when missing), entities and
/// resolved dates.
pub fn prepare_for_clustering(raw: Vec<RawArticle>, problems: &mut Vec<Problem>) -> Vec<Article> {
    let (mut articles, _) = extract_all(raw, problems);
    for article in &mut articles {
        chorus_text::annotate(article);
        chorus_entities::annotate(article);
        let tokens = TokenView::of(article);
        let publication = Publication::of(article, &tokens);
        let dates = chorus_dates::find_dates_in(&tokens, article.language.as_deref(), publication.day(article));
        drop(tokens);
        publication.apply(article);
        article.dates = dates;
    }
    chorus_text::fill_missing_languages(&mut articles);
    articles
}

/// Read the inputs, mark near-copies and group the articles into stories.
/// Articles with no usable words at all are reported as problems (and
/// stay stories of their own).
/// With `explain`, [`Clustering::explanations`] is filled.
pub fn cluster_only(inputs: &[String], options: &Options, explain: bool) -> (Clustering, Vec<Problem>) {
    let (raw, mut problems) = chorus_ingest::read_all(inputs, &options.limits);
    let mut articles = prepare_for_clustering(raw, &mut problems);
    let duplicates = chorus_dedup::classify(&articles);
    for (article, original) in articles.iter_mut().zip(&duplicates.original) {
        article.duplicate_of = *original;
    }
    let features: Vec<chorus_stories::Features> = articles
        .iter()
        .zip(&duplicates.boilerplate)
        .map(|(article, &boilerplate)| chorus_stories::article_features(article, boilerplate))
        .collect();
    let outcome = chorus_stories::cluster_features(&articles, &features, &options.clustering, explain);
    let explanations = if explain {
        articles
            .iter()
            .zip(&duplicates.boilerplate)
            .zip(&outcome.assignments)
            .map(|((article, &boilerplate), assignment)| {
                let labels = chorus_stories::term_labels(article, boilerplate);
                let shared = assignment
                    .shared
                    .iter()
                    .map(|(term, share)| {
                        (
                            labels.get(term).cloned().unwrap_or_else(|| format!("#{term:x}")),
                            *share,
                        )
                    })
                    .collect();
                Some(Explanation {
                    joined: assignment.joined,
                    similarity: assignment.similarity,
                    member_similarity: assignment.member_similarity,
                    shared,
                })
            })
            .collect()
    } else {
        vec![None; articles.len()]
    };
    for &index in &outcome.unusable {
        let article = &articles[index];
        problems.push(Problem::warning(
            article.input.clone(),
            format!("article {:?} has no usable words; it is a story of its own", article.id),
        ));
    }
    let clustering = Clustering {
        articles,
        story_of: outcome.story_of,
        boilerplate: duplicates.boilerplate,
        explanations,
    };
    (clustering, problems)
}
