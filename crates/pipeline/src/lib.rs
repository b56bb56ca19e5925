/*!
Runs the chorus stages in order, from inputs to the report.

This is the one place that knows the order of the stages; each stage crate
knows only the model and the stages before it. The command line and the
benchmarks both call [`run`].
*/
#![deny(missing_docs)]

use chorus_model::Problem;
use chorus_report::Report;

/// What a run should do.
#[derive(Debug, Clone)]
pub struct Options {
    /// Treat all inputs as one story, skipping clustering.
    pub single_story: bool,
    /// Length budget of each story summary, in words.
    pub summary_words: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options { single_story: false, summary_words: 200 }
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
    let _ = (inputs, options);
    Outcome {
        report: Report { schema: chorus_report::SCHEMA, articles: Vec::new(), stories: Vec::new() },
        problems: Vec::new(),
    }
}
