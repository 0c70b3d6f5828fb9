#!/usr/bin/env bash
# Set up ./.venv if needed, then run the linters and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1 DO_NOT_TRACK=1 PREFECT_SERVER_ANALYTICS_ENABLED=false
.venv/bin/ruff format --check .
.venv/bin/ruff check .
.venv/bin/python -m pytest -q "$@"
