#!/usr/bin/env bash
# Installs the summarization peers (sumy and what it needs) at pinned
# versions into bench/peers/.venv-summaries. They are used only by
# `chorus-bench summaries`, for comparison; chorus never runs them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv-summaries"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip==24.3.1
"$venv/bin/pip" install --quiet \
    sumy==0.11.0 \
    numpy==2.2.6 \
    nltk==3.9.1 \
    docopt==0.6.2 \
    breadability==0.1.20 \
    pycountry==24.6.1 \
    requests==2.32.3 \
    urllib3==2.2.3 \
    chardet==5.2.0 \
    charset-normalizer==3.4.0
"$venv/bin/python" -c "import sumy, numpy, nltk; print('sumy', '0.11.0', 'numpy', numpy.__version__, 'nltk', nltk.__version__)"
