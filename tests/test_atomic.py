"""The one atomic-write helper: all or nothing, fsynced, readable modes, no leftovers."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hornbook.corpora import atomic
from hornbook.corpora.atomic import atomic_path, atomic_write, atomic_write_text


def test_replaces_whole_and_syncs_file_and_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "manifest.json"
    target.write_text("old")
    synced: list[str] = []
    real_fsync = os.fsync
    monkeypatch.setattr(
        atomic.os,
        "fsync",
        lambda fd: (synced.append(os.readlink(f"/proc/self/fd/{fd}")), real_fsync(fd)),
    )
    atomic_write_text(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert len(synced) == 2 and synced[0].endswith(".tmp") and synced[1] == str(tmp_path)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~atomic._current_umask()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["manifest.json"]


def test_failure_keeps_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "stream.npy"
    target.write_bytes(b"old")

    def half(handle) -> None:
        handle.write(b"half of the new")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        atomic_write(target, half)
    with pytest.raises(KeyError), atomic_path(target) as tmp:
        tmp.write_bytes(b"also half")
        raise KeyError("boom")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stream.npy"]
