#!/usr/bin/env bash
# The main job, from a fresh clone: set up, build the default corpus on the offline
# template backend, train a byte-pair tokenizer on it, train and score a tiny model.
# Re-running it reuses what already exists (same fingerprint, same tokenizer, same run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
export HORNBOOK_DATA="${HORNBOOK_DATA:-$PWD/data}"

ref=$(hornbook build tinystories)
tok=$(hornbook tokenizer train "$ref" --kind bpe --vocab-size 1024 --name tinystories-bpe1024)
run=$(hornbook train "$ref" --preset tiny --tokenizer "$tok" --name tinystories-tiny)
# Scored on its own validation split and on real TinyStories stories (the yardstick);
# a re-run with the same checkpoint reuses score.json.
score=$(hornbook score "$run" --eval tinystories-real)

cat <<DONE

hornbook main job finished.
  corpus     $ref -> $HORNBOOK_DATA/corpora/${ref%@*}/${ref#*@}  (card: README.md, report: report/report.md)
  tokenizer  $tok -> $HORNBOOK_DATA/tokenizers/$tok
  model run  $run
  score      $score
DONE
.venv/bin/python - "$score" <<'PY'
import json
import sys

s = json.load(open(sys.argv[1]))
real = s["evals"]["tinystories-real"]
flag = "  (CONTAMINATED)" if real.get("contamination", {}).get("contaminated") else ""
print(f"  bits/byte  {real['bits_per_byte']:.4f} on real TinyStories stories{flag}")
print(f"             {s['bits_per_byte']:.4f} on the corpus's own validation split")
print("  sample     " + s["samples"][0]["text"][:400].replace("\n", " "))
PY
