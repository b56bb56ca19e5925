"""Runs one extraction peer over pages, for `chorus-bench extraction`.

Usage: extract_peers.py TOOL < jobs.jsonl > results.jsonl

TOOL is `trafilatura`, `readability` (readability-lxml) or `htmldate`.
Each job line is {"id": ..., "path": ..., "url": ...}; `path` is an HTML
file, gzip-compressed when it ends in `.gz`. The page's bytes are read (and
decompressed) before the clock starts, and handed to the tool as bytes, so
that it decodes them as it would in use. One result line per job:
{"id", "text", "title", "author", "date", "seconds", "error"}, then a last
line {"summary": {"tool", "version", "peak_rss_mib"}}. One process, one
thread: the timings are single-core.
"""

import gzip
import json
import resource
import sys
import time


def read_bytes(path):
    with open(path, "rb") as handle:
        data = handle.read()
    return gzip.decompress(data) if path.endswith(".gz") else data


def make_trafilatura():
    import trafilatura

    def run(html, url):
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            with_metadata=True,
        )
        if doc is None:
            return {"text": "", "title": None, "author": None, "date": None}
        get = doc.get if isinstance(doc, dict) else (lambda key: getattr(doc, key, None))
        return {
            "text": get("text") or "",
            "title": get("title"),
            "author": get("author"),
            "date": get("date"),
        }

    return run, trafilatura.__version__


BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
          "pre", "tr", "br", "table", "ul", "ol", "section", "article", "figure")


def make_readability():
    import lxml.html
    from readability import Document

    def run(html, url):
        document = Document(html, url=url)
        summary = document.summary(html_partial=True)
        tree = lxml.html.fromstring(summary)
        for element in tree.iter(*BLOCKS):
            element.tail = "\n\n" + (element.tail or "")
        return {
            "text": tree.text_content(),
            "title": document.short_title(),
            "author": None,
            "date": None,
        }

    return run, "0.8.1"


def make_htmldate():
    import htmldate

    def run(html, url):
        date = htmldate.find_date(html, url=url, original_date=True)
        return {"text": "", "title": None, "author": None, "date": date}

    return run, htmldate.__version__


TOOLS = {
    "trafilatura": make_trafilatura,
    "readability": make_readability,
    "htmldate": make_htmldate,
}


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in TOOLS:
        sys.exit("usage: extract_peers.py {%s} < jobs.jsonl" % ",".join(TOOLS))
    tool = sys.argv[1]
    run, version = TOOLS[tool]()
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        result = {"id": job["id"], "text": "", "title": None, "author": None,
                  "date": None, "seconds": 0.0, "error": None}
        try:
            html = read_bytes(job["path"])
        except OSError as error:
            result["error"] = "read: %s" % error
            out.write(json.dumps(result) + "\n")
            continue
        start = time.perf_counter()
        try:
            result.update(run(html, job.get("url")))
        except Exception as error:  # a peer failing on a page is a miss, not a stop
            result["error"] = "%s: %s" % (type(error).__name__, error)
        result["seconds"] = time.perf_counter() - start
        out.write(json.dumps(result, ensure_ascii=False, default=str) + "\n")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    out.write(json.dumps({"summary": {"tool": tool, "version": version,
                                      "peak_rss_mib": peak}}) + "\n")


if __name__ == "__main__":
    main()
