"""The installed distribution is one namespace: `hornbook.*` and nothing generic.

The folders stay at the top of the repository (`corpora/`, `tokenizer/`, `train/`,
`flows/`) but install as `hornbook.corpora` and friends, so a user's site-packages never
gets a top-level `train` or `tokenizer` (an existing PyPI name). A wheel is built from this
checkout and installed into a throwaway target directory to prove it.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOP_LEVEL_FOLDERS = ("corpora", "tokenizer", "train", "flows")


def _declared_packages() -> set[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text())
    return set(config["tool"]["setuptools"]["packages"])


def test_every_package_folder_is_declared() -> None:
    """A new sub-package must be listed in pyproject.toml, or the wheel would miss it."""
    on_disk = set()
    for top in TOP_LEVEL_FOLDERS:
        for init in (REPO / top).rglob("__init__.py"):
            rel = init.parent.relative_to(REPO).parts
            on_disk.add(".".join(("hornbook", *rel)))
    assert on_disk <= _declared_packages(), sorted(on_disk - _declared_packages())


def test_wheel_installs_under_hornbook_only(tmp_path: Path) -> None:
    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheel_dir),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    (wheel,) = wheel_dir.glob("hornbook-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/", 1)[0] for name in names}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"hornbook"}, sorted(tops)
    # the data the product reads at run time travels with it
    for data in (
        "hornbook/corpora/specs/tinystories.yaml",
        "hornbook/corpora/vocab/child.json",
        "hornbook/corpora/evalsets/tinystories-real.jsonl.gz",
        "hornbook/corpora/evalsets/ATTRIBUTION.md",
        "hornbook/corpora/reference_stats.json",
    ):
        assert data in names, data

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    installed = {p.name for p in target.iterdir() if not p.name.endswith(".dist-info")}
    assert installed - {"bin"} == {"hornbook"}, sorted(installed)  # bin/: the console script
    # imported from the installed copy, in a process that cannot see this checkout
    probe = (
        "import hornbook.corpora.spec as s, hornbook.corpora.reference_stories as r; "
        "print(s.__file__); print(len(r.load_reference_stories()))"
    )
    out = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {probe}"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    ).stdout.split()
    assert out[0].startswith(str(target)), out
    assert int(out[1]) == 1158
