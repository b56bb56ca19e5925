use super::*;

fn summary(text: &str) -> Summary {
    Summary::from_lines(
        text,
        &Options {
            stem: false,
            word_limit: None,
            alpha: 0.5,
            stopwords: None,
        },
    )
}

#[test]
fn tokens_are_lowercase_alphanumeric_runs_and_long_ones_are_stemmed() {
    assert_eq!(
        tokens("The U.S. cats' ponies, running!", false),
        ["the", "u", "s", "cats", "ponies", "running"]
    );
    assert_eq!(
        tokens("The U.S. cats' ponies, running!", true),
        ["the", "u", "s", "cat", "poni", "run"]
    );
    // Three letters or fewer are left alone, as ROUGE-1.5.5 does.
    assert_eq!(tokens("was has news", true), ["was", "has", "new"]);
}

#[test]
fn rouge_n_counts_clipped_matches() {
    let reference = summary("the cat sat on the mat");
    let candidate = summary("the cat the cat");
    let one = rouge_n(&candidate, std::slice::from_ref(&reference), 1, 0.5);
    // Hits: "the" min(2, 2) + "cat" min(1, 2) = 3, of 6 reference and 4 candidate words.
    assert!((one.recall - 0.5).abs() < 1e-9);
    assert!((one.precision - 0.75).abs() < 1e-9);
    assert!((one.f - 0.6).abs() < 1e-9);
    let two = rouge_n(&candidate, &[reference], 2, 0.5);
    // Bigrams: only "the cat" matches, once (the reference has it once).
    assert!((two.recall - 1.0 / 5.0).abs() < 1e-9);
    assert!((two.precision - 1.0 / 3.0).abs() < 1e-9);
}

#[test]
fn several_references_are_averaged_by_summing_hits_and_counts() {
    let candidate = summary("a b c d");
    let references = [summary("a b"), summary("a b c d e f")];
    let score = rouge_n(&candidate, &references, 1, 0.5);
    assert!((score.recall - 6.0 / 8.0).abs() < 1e-9);
    assert!((score.precision - 6.0 / 8.0).abs() < 1e-9);
}

#[test]
fn rouge_l_takes_the_union_of_sentence_lcs() {
    // Lin (2004), section 3.2: r = w1 w2 w3 w4 w5, c1 = w1 w2 w6 w7 w8,
    // c2 = w1 w3 w8 w9 w5; the union LCS is w1 w2 w3 w5, 4 hits.
    let reference = summary("w1 w2 w3 w4 w5");
    let candidate = summary("w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5");
    let score = rouge_l(&candidate, &[reference], 0.5);
    assert!((score.recall - 4.0 / 5.0).abs() < 1e-9);
    assert!((score.precision - 4.0 / 10.0).abs() < 1e-9);
}

#[test]
fn the_word_limit_cuts_whitespace_words_before_cleaning() {
    let options = Options {
        stem: false,
        word_limit: Some(3),
        alpha: 0.5,
        stopwords: None,
    };
    let prepared = Summary::from_sentences(&["The U.S. said", "no more"], &options);
    assert_eq!(prepared.sentences, vec![vec!["the", "u", "s", "said"]]);
}

#[test]
fn empty_summaries_score_zero() {
    let score = rouge_n(&Summary::default(), &[summary("a b c")], 1, 0.5);
    assert_eq!(score, Score::default());
}

#[test]
fn running_text_splits_at_sentence_ends_before_capitals_digits_and_quotes() {
    assert_eq!(
        crate::split_sentences("The U.S. said no. Then it left. 3 died."),
        ["The U.S. said no.", "Then it left.", "3 died."]
    );
    assert_eq!(crate::split_sentences("A case. Across the UK, 27. Done").len(), 3);
}

#[test]
fn stopwords_are_dropped_before_stemming_and_bigrams_span_them() {
    // "was" is on the list; "running" is not, though its stem "run" is: the
    // list is looked up before stemming. "can't" is split before the lookup.
    let stopwords = Stopwords::from_lines("was\nrun\nthe\ncan't\r\n");
    assert_eq!(stopwords.len(), 4);
    assert_eq!(
        tokens_without("The man was running, can't stop", true, Some(&stopwords)),
        ["man", "run", "can", "t", "stop"]
    );
    let options = Options {
        stopwords: Some(Arc::new(stopwords)),
        ..Options::default()
    };
    let reference = Summary::from_sentences(&["the man was tired"], &options);
    let candidate = Summary::from_sentences(&["man tired"], &options);
    // Left: "man tire" on both sides; the bigram runs across the removed "was".
    let counts = rouge_n_counts(&candidate, std::slice::from_ref(&reference), 2);
    assert_eq!(
        counts,
        Counts {
            hits: 1,
            reference_total: 1,
            candidate_total: 1
        }
    );
}

#[test]
fn counts_sum_over_references() {
    let candidate = summary("a b c d");
    let references = [summary("a b"), summary("a b c d e f")];
    let counts = rouge_n_counts(&candidate, &references, 1);
    assert_eq!(
        counts,
        Counts {
            hits: 6,
            reference_total: 8,
            candidate_total: 8
        }
    );
}
