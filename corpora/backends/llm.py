"""The `openai` and `vllm` generation backends, as one DataTrove step on `InferenceRunner`.

`llm_steps` returns a single `LLMGeneration` step, the head of curation stage 1. Each
DataTrove task (rank r of n) owns the requests whose index is r mod n and:

1. feeds them as prompt documents to DataTrove's `InferenceRunner` (here its
   `HardenedInferenceRunner` subclass, see `inference_fixes`): `server_type="endpoint"`
   for `openai` (any OpenAI-compatible base URL, chat or completion API) or `"vllm"`
   (DataTrove starts `vllm serve` with the spec's tensor/data parallelism). The runner
   bounds concurrency, checkpoints every finished request (its rollout result, as JSON)
   under `<work>/inference/checkpoints`, and writes them to `<work>/inference/output`;
2. reads this rank's results back in index order and turns each into rows (to the
   filters) or rejects with a reason (to `rejected/generation/`): `llm_answers` and
   `llm_recipes` say which. Every request ends up kept or rejected, never lost.

Resume (a build killed with SIGKILL and started again): DataTrove re-runs the unfinished
task; the runner skips requests whose results are in its checkpoints, replays the rest
through the request-level `ResponseCache` (`<work>/inference/responses.sqlite3`, keyed
by the canonical request body, committed before an answer is used), and only requests
never answered are sent. Answers are the same on resume because each request carries a
seed derived from (spec seed, index).

Row metadata adds `finish_reason`, `prompt_tokens` and `completion_tokens` (rejects carry
them too, and `error` for `request_failed`), so a manifest can sum what a build cost.
Progress: a tqdm bar per task (requests, rate, ETA) on stderr, plus DataTrove's periodic
metrics table in the log.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.writers import JsonlWriter
from datatrove.pipeline.writers.disk_base import DiskWriter
from hornbook.corpora.backends.inference_fixes import HardenedConfig, HardenedInferenceRunner
from hornbook.corpora.backends.llm_recipes import LLMJob, llm_rollout
from hornbook.corpora.backends.vllm_backend import require_vllm, vllm_config_options
from hornbook.corpora.errors import UserError
from hornbook.corpora.spec import CorpusSpec
from tqdm import tqdm

__all__ = ["LLMGeneration", "inference_config", "llm_steps", "per_task_concurrency"]

INFERENCE_DIR = "inference"
RESULT_KEY = "llm"


def llm_steps(
    spec: CorpusSpec, work_root: Path, rejects: Callable[[str], DiskWriter]
) -> list[PipelineStep]:
    """The source steps of an `openai` or `vllm` spec (checked before any stage starts)."""
    gen = spec.generator
    if gen.backend == "vllm":
        require_vllm()
    elif gen.backend != "openai":
        raise ValueError(f"llm_steps cannot run backend {gen.backend!r}")
    if importlib.util.find_spec("aiofiles") is None:  # DataTrove's checkpoints write with it
        raise UserError(
            f"generator.backend '{gen.backend}' needs the package aiofiles (used by "
            "DataTrove's inference checkpoints): pip install aiofiles"
        )
    if gen.api_key_env and not os.environ.get(gen.api_key_env):
        raise UserError(
            f"generator.api_key_env names the environment variable {gen.api_key_env}, "
            "which is not set (or empty): export it with the API key"
        )
    writer = rejects("generation")
    # DataTrove's default adapter drops falsy fields, so a reject with no answer (empty,
    # request_failed) would reach `rejected/` without a `text`; this one keeps it, as "".
    writer.adapter = reject_record
    return [LLMGeneration(spec, Path(work_root), writer)]


def reject_record(document: Document) -> dict[str, Any]:
    """What a generation reject looks like on disk (a plain function: it pickles)."""
    return {"text": document.text, "id": document.id, "metadata": document.metadata}


def per_task_concurrency(spec: CorpusSpec) -> int:
    """`generator.concurrency` is for the whole build: split it over the tasks run at once."""
    ex = spec.executor
    parallel = min(ex.tasks, ex.workers) if ex.kind == "local" else ex.tasks
    return max(1, spec.generator.concurrency // max(1, parallel))


def records_per_chunk(spec: CorpusSpec) -> int:
    """Checkpoint chunk size: ~4 chunks per task, 8..1000 requests each.

    Depends only on the spec, so a resumed task cuts its chunks where the first run did.
    """
    per_task = math.ceil(spec.generator.samples / spec.executor.tasks)
    return min(1000, max(8, math.ceil(per_task / 4)))


def inference_config(spec: CorpusSpec, work_root: Path) -> HardenedConfig:
    """DataTrove's `InferenceConfig` (with the fixes' extra fields) for a spec."""
    gen = spec.generator
    concurrency = per_task_concurrency(spec)
    common: dict[str, Any] = {
        "use_chat": gen.api == "chat",
        "max_concurrent_generations": concurrency,
        "max_concurrent_documents": concurrency,
        "request_timeout": gen.request_timeout,
        "metric_interval": 60,
        "server_start_max_retries": 0,
        "api_key_env": gen.api_key_env,
        "max_retries": gen.max_retries,
        "response_cache": str(Path(work_root) / INFERENCE_DIR / "responses.sqlite3"),
    }
    if gen.backend == "vllm":
        return HardenedConfig(**vllm_config_options(gen), **common)
    return HardenedConfig(
        server_type="endpoint",
        model_name_or_path=gen.model or "",
        endpoint_url=gen.base_url,
        **common,
    )


class LLMGeneration(HardenedInferenceRunner):
    """Generate a spec's samples with an LLM; yields rows, writes rejects (module doc)."""

    name = "🤖 generate (LLM)"
    type = "📖 - READER"

    def __init__(self, spec: CorpusSpec, work_root: Path, rejects: DiskWriter) -> None:
        inference = Path(work_root) / INFERENCE_DIR
        super().__init__(
            rollout_fn=llm_rollout,
            config=inference_config(spec, work_root),
            output_writer=JsonlWriter(
                str(inference / "output"),
                output_filename="${rank}_chunk_${chunk_index}.jsonl",
                compression=None,
            ),
            checkpoints_local_dir=str(inference / "checkpoints"),
            records_per_chunk=records_per_chunk(spec),
            metadata_key=RESULT_KEY,
        )
        self.name = f"🤖 generate ({spec.generator.backend}: {spec.generator.model})"
        self.job = LLMJob(spec.model_dump_json())
        self.samples = spec.generator.samples
        self.inference_dir = str(inference)
        self.rejects = rejects

    def _requests(self, indices: range) -> Iterator[Document]:
        for index in indices:
            yield Document(
                text=self.job.prompt_text(index), id=f"request-{index}", metadata={"index": index}
            )

    def _already_done(self, rank: int, total: int) -> int:
        """Requests of this task already checkpointed by an earlier, killed run."""
        root = Path(self.inference_dir) / "checkpoints"
        per_chunk = self.checkpoint_manager.records_per_chunk
        last_file = root / "last_chunk" / f"{rank:05d}.txt"
        last = int(last_file.read_text().strip()) if last_file.is_file() else -1
        done = (last + 1) * per_chunk
        for chunk in (root / f"{rank:05d}").glob("chunk_*.jsonl"):
            if int(chunk.stem.removeprefix("chunk_")) > last:
                with chunk.open("rb") as handle:
                    done += sum(1 for line in handle if line.strip())
        return min(done, total)

    def run(
        self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1
    ) -> Iterator[Document]:
        indices = range(rank, self.samples, world_size)
        # The build sends each task's stderr to its log file; the bar goes to the real
        # terminal (the process's own stderr) so that `hornbook build` shows rate and ETA.
        terminal = sys.__stderr__ or sys.stderr
        tty = terminal.isatty()
        bar = tqdm(
            total=len(indices),
            initial=self._already_done(rank, len(indices)),
            desc=f"generate [task {rank}]",
            unit="req",
            file=terminal,
            position=rank if tty else None,
            mininterval=0.5 if tty else 30,
            dynamic_ncols=tty,
        )
        self.shared_context = {"job": self.job, "progress": bar}
        try:
            HardenedInferenceRunner.run(self, self._requests(indices), rank, world_size)
        finally:
            self.shared_context = None
            bar.close()
        yield from self._documents(rank, indices)

    def _results(self, rank: int) -> dict[int, dict[str, Any]]:
        """This task's rollout results by index (a repeated index counts once)."""
        results: dict[int, dict[str, Any]] = {}
        for path in sorted((Path(self.inference_dir) / "output").glob(f"{rank:05d}_chunk_*.jsonl")):
            with path.open(encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        for result in json.loads(line)["metadata"].get(RESULT_KEY) or []:
                            results[int(result["index"])] = result
        return results

    def _documents(self, rank: int, indices: range) -> Iterator[Document]:
        results = self._results(rank)
        missing = [i for i in indices if i not in results]
        if missing:
            raise RuntimeError(
                f"task {rank}: no result for {len(missing)} request(s) (first: {missing[:5]}) "
                f"in {self.inference_dir}/output; delete the build's work directory to start over"
            )
        with self.rejects as rejects:
            for index in indices:
                rows, dropped = self.job.documents(results[index])
                for doc in dropped:
                    self.stat_update(f"rejected_{doc.metadata['filter_reason']}")
                    rejects.write(doc, rank)
                for doc in rows:
                    self.stat_update("generated")
                    yield doc
