//! The summary tasks of issue 6: the ROUGE implementation checked against
//! official scores (`rouge-check`), chorus's story summaries against NeuS
//! with the classic extractive summarizers side by side (`summaries`), and
//! (later) story timelines against Timeline17.

pub mod neus;
pub mod rouge_check;
