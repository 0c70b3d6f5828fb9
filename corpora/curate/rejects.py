"""The shape every filter family takes its exclusion writers in.

Stage-1 filters (stories in `suite`, math in `math_filters`, decontamination) each send
their drops to a writer named after the filter: `rejects("length")` ->
`rejected/length/`. The type lives here, below all of them, so that none has to import
another to name it.
"""

from __future__ import annotations

from collections.abc import Callable

from datatrove.pipeline.writers.disk_base import DiskWriter

RejectsFactory = Callable[[str], DiskWriter]
