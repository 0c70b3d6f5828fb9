"""Keep DataTrove's console chatter out of the terminal, in one place.

DataTrove logs with loguru. Each task already writes a complete DEBUG log to
`<stage logging dir>/logs/task_NNNNN.log`, but it *also* re-adds a `sys.stderr` sink at
INFO level every time a task starts (`add_task_logger`), and the executor logs progress
and stats to the default sink: a two-stage build prints hundreds of lines. Two context
managers contain that:

* `task_console(folder, rank)` (inside a task, in whatever process runs it): points
  `sys.stderr` at `logs/console_NNNNN.log` while the task runs, so the sink DataTrove adds
  writes there, and so do tqdm bars and library warnings. The full log stays in
  `task_NNNNN.log`.
* `driver_console(path)` (around `executor.run()` in the build process): the same for the
  executor's own messages, into `<stage logging dir>/driver.log`.

Both restore `sys.stderr` and loguru's default sink afterwards. Errors are not hidden: a
failing stage raises, and the caller prints the tail of the failing task's log.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr
from pathlib import Path
from typing import IO

from datatrove.utils.logging import logger, setup_default_logger


@contextmanager
def _stderr_to(handle: IO[str]) -> Iterator[None]:
    sys.stderr.flush()
    try:
        with redirect_stderr(handle):
            setup_default_logger()  # loguru's default sink now writes to `handle`
            yield
    finally:
        logger.complete()
        handle.flush()
        setup_default_logger()  # and back to the real stderr


@contextmanager
def task_console(logging_dir, rank: int) -> Iterator[None]:
    """Route one task's console output to `logs/console_NNNNN.log` in its logging dir.

    `logging_dir` is the executor's DataTrove `DataFolder` (local or remote)."""
    with logging_dir.open(f"logs/console_{rank:05d}.log", "w") as handle, _stderr_to(handle):
        yield


@contextmanager
def driver_console(path: Path) -> Iterator[None]:
    """Route the executor's own messages (progress, merged stats) to `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle, _stderr_to(handle):
        yield


def tail(path: Path, lines: int = 30) -> str:
    """The last lines of a log, for error messages."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])
