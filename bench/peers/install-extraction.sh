#!/usr/bin/env bash
# Installs the extraction peers (trafilatura, readability-lxml, htmldate and
# what they need) at pinned versions into bench/peers/.venv-extraction.
# They are used only by `chorus-bench extraction`, for comparison; chorus
# never runs them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv-extraction"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet \
    trafilatura==2.0.0 \
    readability-lxml==0.8.1 \
    htmldate==1.9.3 \
    lxml==5.4.0 \
    lxml_html_clean==0.4.1 \
    jusText==3.0.2 \
    courlan==1.4.0 \
    dateparser==1.5.0 \
    charset-normalizer==3.5.2 \
    chardet==7.7.0 \
    cssselect==1.6.0 \
    babel==2.18.0 \
    tld==0.13.2 \
    python-dateutil==4.0.0 \
    pytz==2026.6 \
    regex==2026.11.15 \
    tzdata==2026.6 \
    tzlocal==5.4.5 \
    urllib3==2.8.0 \
    certifi==2026.10.18
"$venv/bin/python" -c "import trafilatura, readability, htmldate; print('trafilatura', trafilatura.__version__, 'htmldate', htmldate.__version__, 'readability-lxml 0.8.1')"
