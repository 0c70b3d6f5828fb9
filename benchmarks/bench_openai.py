"""Benchmark: the `openai` backend against a bare `openai.AsyncOpenAI` loop.

Both send the same requests (same bodies: prompt, max_tokens, temperature, seed) to the
same local `hornbook serve` (a tiny trained model on 127.0.0.1) with the same number of
requests in flight, and the throughput in requests per second is compared:

- bare: `AsyncOpenAI.completions.create` under an `asyncio.Semaphore(concurrency)`;
- backend: the `LLMGeneration` step (DataTrove's `InferenceRunner` with the fixes, its
  checkpoints, the response cache, answer classification and row building), run as one
  task over a fresh work directory so that no answer comes from a cache.

The server generates one request at a time, so short answers (`--max-tokens`, default 16)
keep the client's own overhead visible. Rounds alternate bare/backend; the best round of
each counts. The ratio is backend / bare (goal: at least 0.95).

    python benchmarks/bench_openai.py [--requests 300] [--concurrency 8] [--rounds 3]

Prints the numbers; it does not write RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hornbook.corpora.backends.llm import LLMGeneration  # noqa: E402
from hornbook.corpora.backends.llm_recipes import LLMJob  # noqa: E402
from hornbook.corpora.spec import load_spec  # noqa: E402

from benchmarks.machine import cpu_model, load_average  # noqa: E402
from tests.serve_helpers import make_served_run, running_server  # noqa: E402

SPEC = """\
extends: tinystories
name: bench-openai
generator:
  backend: openai
  model: {model}
  base_url: {base_url}
  api: completion
  samples: {requests}
  max_tokens: {max_tokens}
  temperature: 0.7
  concurrency: {concurrency}
recipe:
  max_features: 0
  prompt_template: "{{feature_sentence}}Once upon a time, Tom had a"
  diversity: {{names: [], settings: [], openings: []}}
executor: {{tasks: 1, workers: 1}}
"""


class _NullWriter:
    """Stands in for the rejects writer: the benchmark times requests, not disk."""

    def __enter__(self) -> _NullWriter:
        return self

    def __exit__(self, *exc: Any) -> None:
        return None

    def write(self, document: Any, rank: int = 0, **kwargs: Any) -> None:
        return None


async def _bare(bodies: list[dict[str, Any]], base_url: str, concurrency: int) -> None:
    import httpx
    import openai

    client = openai.AsyncOpenAI(
        base_url=base_url,
        api_key="unused",
        max_retries=0,
        http_client=httpx.AsyncClient(limits=httpx.Limits(max_connections=concurrency)),
    )
    semaphore = asyncio.Semaphore(concurrency)

    async def one(body: dict[str, Any]) -> None:
        async with semaphore:
            await client.completions.create(**body)

    await asyncio.gather(*(one(b) for b in bodies))
    await client.close()


def bench_bare(bodies: list[dict[str, Any]], base_url: str, concurrency: int) -> float:
    started = time.perf_counter()
    asyncio.run(_bare(bodies, base_url, concurrency))
    return len(bodies) / (time.perf_counter() - started)


def bench_backend(spec_file: Path, requests: int) -> float:
    spec = load_spec(str(spec_file))
    with tempfile.TemporaryDirectory(prefix="bench-openai-work-") as work:
        step = LLMGeneration(spec, Path(work), _NullWriter())  # type: ignore[arg-type]
        started = time.perf_counter()
        for _ in step.run(None, 0, 1):
            pass
        return requests / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--max-tokens", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    with tempfile.TemporaryDirectory(prefix="bench-openai-") as tmp:
        run = make_served_run(Path(tmp))
        with running_server(run) as server:
            spec_file = Path(tmp) / "bench.yaml"
            spec_file.write_text(
                SPEC.format(
                    model=server.model,
                    base_url=server.base_url,
                    requests=args.requests,
                    max_tokens=args.max_tokens,
                    concurrency=args.concurrency,
                ),
                encoding="utf-8",
            )
            job = LLMJob(load_spec(str(spec_file)).model_dump_json())
            bodies = [
                {**job.payload(job.prompt_text(i), i), "model": server.model}
                for i in range(args.requests)
            ]
            bench_bare(bodies[: args.concurrency * 2], server.base_url, args.concurrency)  # warm
            bare, backend = [], []
            for _ in range(args.rounds):
                bare.append(bench_bare(bodies, server.base_url, args.concurrency))
                backend.append(bench_backend(spec_file, args.requests))
            stats = server.stats()

    print(f"machine: {cpu_model()}, {os.cpu_count()} CPUs, load {load_average()}")
    print(
        f"{args.requests} requests, concurrency {args.concurrency}, max_tokens {args.max_tokens}, "
        f"best of {args.rounds} rounds; server answered {stats['answered']} requests"
    )
    print(
        f"bare AsyncOpenAI : {max(bare):7.1f} req/s  (rounds: {', '.join(f'{x:.1f}' for x in bare)})"
    )
    print(
        f"openai backend   : {max(backend):7.1f} req/s  "
        f"(rounds: {', '.join(f'{x:.1f}' for x in backend)})"
    )
    print(f"ratio backend/bare: {max(backend) / max(bare):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
