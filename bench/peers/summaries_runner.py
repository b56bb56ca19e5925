"""Peer summarizers for `chorus-bench summaries`: sumy's LexRank, TextRank,
LSA, Luhn and KL-Sum on the sentences chorus-bench gives them.

Reads JSON lines on stdin, one cluster each:
    {"id": ..., "budget": WORDS, "docs": [[sentence, ...], ...]}
and writes one JSON line per cluster:
    {"id": ..., "summaries": {METHOD: {"sentences": [...], "seconds": S}}}

Every method sees the same sentences (chorus's segmentation, so that no
method wins by splitting differently) and the same budget rule as chorus:
sentences are taken in the method's rank order, a sentence that would take
the summary past BUDGET words is skipped, and the chosen ones are shown in
document order. sumy's own sentence splitter needs NLTK data that is
downloaded at run time, so words are split here by a regular expression.
"""

import json
import re
import sys
import time

from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

WORD = re.compile(r"\w+(?:['’]\w+)*")


class Words:
    """The word tokenizer sumy's models need (`to_words`)."""

    language = "english"

    def to_words(self, text):
        return WORD.findall(text)


def make(cls):
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return summarizer


METHODS = {
    "LexRank": make(LexRankSummarizer),
    "TextRank": make(TextRankSummarizer),
    "LSA": make(LsaSummarizer),
    "Luhn": make(LuhnSummarizer),
    "KL-Sum": make(KLSummarizer),
}


def ranking(summarizer, document, count):
    """Sentence indices best first: the top-k sets of sumy are nested, so
    the sentence that enters at k has rank k."""
    index = {id(s): i for i, s in enumerate(document.sentences)}
    order = []
    for k in range(1, count + 1):
        for sentence in summarizer(document, k):
            i = index.get(id(sentence))
            if i is not None and i not in order:
                order.append(i)
    order.extend(i for i in range(count) if i not in order)
    return order


def within_budget(texts, order, budget):
    chosen, used = [], 0
    for i in order:
        words = len(texts[i].split())
        if used + words <= budget:
            chosen.append(i)
            used += words
    return [texts[i] for i in sorted(chosen)]


def main():
    words = Words()
    for line in sys.stdin:
        cluster = json.loads(line)
        paragraphs, texts = [], []
        for doc in cluster["docs"]:
            sentences = [Sentence(s, words) for s in doc]
            paragraphs.append(Paragraph(sentences))
            texts.extend(doc)
        document = ObjectDocumentModel(paragraphs)
        out = {}
        for name, summarizer in METHODS.items():
            start = time.perf_counter()
            try:
                order = ranking(summarizer, document, len(texts))
                chosen = within_budget(texts, order, cluster["budget"])
            except Exception as error:  # a peer failing on one cluster scores zero there
                print(f"{name} failed on {cluster['id']}: {error}", file=sys.stderr)
                chosen = []
            out[name] = {"sentences": chosen, "seconds": time.perf_counter() - start}
        print(json.dumps({"id": cluster["id"], "summaries": out}), flush=True)


if __name__ == "__main__":
    main()
