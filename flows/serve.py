"""Serve the Prefect deployments: `build-corpus/<spec>` for every built-in spec, and
`train-model/default` and `compare-corpora/default`. Run `hornbook serve-deployments` (or `python -m hornbook.flows.serve`) with
`PREFECT_API_URL` pointing at your server, then `prefect deployment run build-corpus/tinystories`.
"""

from __future__ import annotations

import hornbook.flows  # noqa: F401  (offline-safe environment defaults)


def deployments(data_root: str | None = None) -> list:
    from hornbook.corpora.spec import available_specs
    from hornbook.flows.build_corpus import build_corpus_flow
    from hornbook.flows.compare import compare_corpora_flow
    from hornbook.flows.train_model import train_model_flow

    found = [
        build_corpus_flow.to_deployment(
            name=name,
            parameters={"spec": name, "overrides": [], "data_root": data_root},
            description=f"Build a new version of the `{name}` corpus from {path.name}.",
            tags=["hornbook", "corpus"],
        )
        for name, path in available_specs().items()
    ]
    found.append(
        train_model_flow.to_deployment(
            name="default",
            parameters={"corpus": "tinystories@latest", "preset": "tiny", "data_root": data_root},
            description="Train and score a model on a corpus version.",
            tags=["hornbook", "train"],
        )
    )
    found.append(
        compare_corpora_flow.to_deployment(
            name="default",
            parameters={"preset": "tiny", "data_root": data_root},
            description='Rank corpus versions: pass -p corpora=\'["a@v1", "b@v2"]\'.',
            tags=["hornbook", "compare"],
        )
    )
    return found


def serve_deployments(data_root: str | None = None) -> None:
    from prefect import serve

    serve(*deployments(data_root))


if __name__ == "__main__":
    serve_deployments()
