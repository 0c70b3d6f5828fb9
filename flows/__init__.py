"""Prefect flows and deployments: thin orchestration over `corpora`, `tokenizer` and `train`.

Importing this package sets offline-safe defaults (no telemetry, no Hugging Face hub
look-ups) before Prefect or DataTrove are imported, because both phone home otherwise.
"""

import os

for _key, _value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "HF_HUB_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "DATATROVE_COLORIZE_LOGS": "0",
}.items():
    os.environ.setdefault(_key, _value)
