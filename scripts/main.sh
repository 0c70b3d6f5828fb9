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
score=$(hornbook score "$run")

cat <<DONE

hornbook main job finished.
  corpus     $ref -> $HORNBOOK_DATA/corpora/${ref%@*}/${ref#*@}  (card: README.md, report: report/report.md)
  tokenizer  $tok -> $HORNBOOK_DATA/tokenizers/$tok
  model run  $run
  score      $score
DONE
.venv/bin/python -c "import json,sys; s=json.load(open(sys.argv[1])); print(f\"  val_loss {s['val_loss']:.4f}   bits_per_byte {s['bits_per_byte']:.4f}\"); print('  sample:', s['samples'][0]['text'][:300].replace(chr(10), ' '))" "$score"
