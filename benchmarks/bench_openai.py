"""Benchmark: the `openai` backend against a bare `openai.AsyncOpenAI` loop.

Both send the same requests (same bodies: prompt, max_tokens, temperature, seed) to the
same local `hornbook serve` (a tiny trained model on 127.0.0.1) with the same number of
requests in flight, in the same API (`--api chat`, the spec default, or `completion`), and
the throughput in requests per second is compared:

- bare: `AsyncOpenAI.chat.completions.create` (or `.completions.create`) under an
  `asyncio.Semaphore(concurrency)`;
- backend: the `LLMGeneration` step (DataTrove's `InferenceRunner` with the fixes, its
  checkpoints, the response cache, answer classification and row building), run as one
  task over a fresh work directory so that no answer comes from a cache.

The server generates one request at a time, so short answers (`--max-tokens`, default 16)
keep the client's own overhead visible. Rounds alternate bare/backend (each round times
both back to back); the ratio is the median of the per-round ratios backend / bare (goal:
at least 0.95), which a load spike on a shared machine moves less than best-of figures.

    python benchmarks/bench_openai.py [--requests 300] [--concurrency 8] [--rounds 5]
                                      [--api chat|completion] [--no-record]

Rewrites the section "openai backend" of benchmarks/RESULTS.md (unless `--no-record`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
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

from benchmarks.record import record_section  # noqa: E402
from tests.serve_helpers import make_served_run, running_server  # noqa: E402

SPEC = """\
extends: tinystories
name: bench-openai
generator:
  backend: openai
  model: {model}
  base_url: {base_url}
  api: {api}
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


TITLE = "openai backend"


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
            if "messages" in body:
                await client.chat.completions.create(**body)
            else:
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
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--api", choices=["chat", "completion"], default="chat")
    parser.add_argument("--no-record", action="store_true", help="do not touch RESULTS.md")
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
                    api=args.api,
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

    per_round = [b / a for a, b in zip(bare, backend, strict=True)]
    ratio = statistics.median(per_round)
    body = f"""\
{args.requests} requests (`api: {args.api}`), concurrency {args.concurrency}, max_tokens
{args.max_tokens}, against the same local `hornbook serve` (a tiny trained model on
127.0.0.1; it answered {stats["answered"]} requests), {args.rounds} alternating
rounds. backend = a build's generation stage (`LLMGeneration`: DataTrove's
`InferenceRunner`, response cache, retries, row building) over a fresh work directory;
bare = `openai.AsyncOpenAI` with a semaphore, the same request bodies.

| client | median req/s | rounds req/s |
|---|---:|---|
| bare `AsyncOpenAI` | {statistics.median(bare):.1f} | {", ".join(f"{x:.1f}" for x in bare)} |
| openai backend | {statistics.median(backend):.1f} | {", ".join(f"{x:.1f}" for x in backend)} |

Ratio backend / bare in req/s, median of the per-round ratios ({", ".join(f"{r:.2f}" for r in per_round)}):
**{ratio:.2f}** (goal at least 0.95). The server generates
one request at a time, so both are bound by it: the ratio shows the client-side overhead
at this rate, not the behaviour against a fast server."""
    print(body)
    if not args.no_record:
        print(f"recorded in {record_section(TITLE, body, script=__file__)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
