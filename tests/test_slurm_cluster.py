"""A real `hornbook build` on a real single-node Slurm cluster publishes the bytes a local build does.

Set-up (everything under the test's tmp dir, nothing in /etc or /var):
- a private network, PID, UTS and mount namespace (`unshare --net --pid --uts --fork
  --kill-child --mount-proc`) whose PID 1 only reaps orphans. Inside it: `lo` up, hostname
  `hbnode`, and a second loopback address 127.0.0.2, because Slurm resolves addresses with
  `AI_ADDRCONFIG`, which finds no IPv4 address when 127.0.0.1 is the only one;
- `munged` with a fresh random key and its own socket (`AuthInfo=socket=…` in slurm.conf);
- `slurmctld` (`SlurmctldHost=hbnode(127.0.0.1)`) and `slurmd -N hbnode` (the node at
  `NodeAddr=127.0.0.1`, 2 CPUs, partition `debug`), with state, spool, pid and log files
  here; no cgroups, no accounting (`proctrack/linuxproc`, `task/none`).
The test runs `hornbook build … --set executor.kind=slurm` inside the namespace, waits until
the queue is empty, checks that every job (four stage array jobs, their stats-merging jobs,
the publish job) COMPLETED, and compares the published version with a local build of the
same spec: same fingerprint, same shard sha256s, same rejects file. Teardown SIGKILLs the
namespace's PID 1 (the kernel then kills every process in it) and checks none is left.

Needs root (slurmd starts each job as its user with setuid/setgroups, which a user namespace
forbids), `unshare`/`nsenter`/`ip`, and Slurm + MUNGE (`scripts/ci-system-deps.sh` installs
Debian's `slurm-wlm` and `munge`); otherwise it skips and says which is missing.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hornbook.corpora import build
from hornbook.corpora.catalog import Catalog, CorpusVersion, sha256_file
from hornbook.corpora.curate.executors import HornbookSlurmExecutor, Stage, make_executor
from hornbook.corpora.spec import load_spec

SBIN = os.pathsep.join(["/usr/local/sbin", "/usr/sbin", "/sbin"])
PATH = f"{os.environ.get('PATH', '')}{os.pathsep}{SBIN}"
COMMANDS = (
    "munged",
    "slurmctld",
    "slurmd",
    "slurmstepd",
    "sbatch",
    "squeue",
    "scontrol",
    "srun",
    "sinfo",
)
NODE = "hbnode"
SPEC = "tinystories"
OVERRIDES = ["generator.samples=120", "executor.tasks=2", "executor.workers=2"]

# PID 1 of the namespace: reap the daemons' orphans, nothing else.
REAPER = textwrap.dedent(
    """
    import os, time
    while True:
        try:
            os.wait()
        except ChildProcessError:
            time.sleep(0.2)
    """
)


def _why_not() -> str | None:
    """The precise reason this machine cannot run the cluster, or None."""
    if not sys.platform.startswith("linux"):
        return "Slurm in a network namespace needs Linux"
    if os.geteuid() != 0:
        return (
            "needs root: slurmd starts jobs as their user (setuid/setgroups), which an "
            "unprivileged user namespace forbids"
        )
    missing = [c for c in ("unshare", "nsenter", "ip") if shutil.which(c, path=PATH) is None]
    if missing:
        return f"needs util-linux and iproute2: {', '.join(missing)} not found"
    missing = [c for c in COMMANDS if shutil.which(c, path=PATH) is None]
    if missing:
        return (
            f"Slurm/MUNGE not installed ({', '.join(missing)} not found): run "
            "scripts/ci-system-deps.sh (apt-get install slurm-wlm munge)"
        )
    probe = subprocess.run(
        ["unshare", "--net", "--pid", "--uts", "--fork", "--mount-proc", "true"],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        return f"this machine forbids new namespaces (unshare: {probe.stderr.strip()})"
    return None


SLURM_CONF = """\
ClusterName=hornbook-test
SlurmctldHost={node}(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket={root}/munge/munge.socket
StateSaveLocation={root}/state
SlurmdSpoolDir={root}/spool
SlurmctldPidFile={root}/run/slurmctld.pid
SlurmdPidFile={root}/run/slurmd.pid
SlurmctldLogFile={root}/log/slurmctld.log
SlurmdLogFile={root}/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/builtin
SchedulerParameters=batch_sched_delay=0,kill_invalid_depend
MpiDefault=none
ReturnToService=2
SlurmdParameters=config_overrides
MailProg=/bin/true
NodeName={node} NodeAddr=127.0.0.1 CPUs=2 RealMemory=8192 State=UNKNOWN
PartitionName=debug Nodes={node} Default=YES MaxTime=INFINITE State=UP
"""


def _die_with_parent() -> None:
    """In the `unshare` child: die if the test process dies, so the namespace goes too."""
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _pid_namespace(pid: int) -> str | None:
    try:
        return os.readlink(f"/proc/{pid}/ns/pid")
    except OSError:
        return None


def _processes_in(namespace: str) -> list[int]:
    return [
        int(p) for p in os.listdir("/proc") if p.isdigit() and _pid_namespace(int(p)) == namespace
    ]


class SlurmCluster:
    """munged + slurmctld + slurmd in a private namespace; commands run there with `run`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.conf = root / "slurm.conf"
        self.env = {
            **os.environ,
            "PATH": PATH,
            "SLURM_CONF": str(self.conf),
            "HF_HUB_OFFLINE": "1",
            "DO_NOT_TRACK": "1",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        }
        self.holder: subprocess.Popen[bytes] | None = None
        self.init_pid = 0
        self.namespace: str | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        for sub in ("munge", "state", "spool", "run", "log"):
            (self.root / sub).mkdir(parents=True)
        self.conf.write_text(SLURM_CONF.format(node=NODE, root=self.root))
        key = self.root / "munge" / "munge.key"
        key.write_bytes(os.urandom(1024))
        key.chmod(0o400)
        setup = (
            "ip link set lo up && ip addr add 127.0.0.2/8 dev lo && "
            f"hostname {NODE} && exec {sys.executable} -c '{REAPER}'"
        )
        self.holder = subprocess.Popen(
            ["unshare", "--net", "--pid", "--uts", "--fork", "--kill-child", "--mount-proc"]
            + ["sh", "-c", setup],
            env=self.env,
            preexec_fn=_die_with_parent,
        )
        self.init_pid = self._wait_for_init()
        self.namespace = _pid_namespace(self.init_pid)
        munge = self.root / "munge"
        self.run(
            "munged",
            "--force",
            f"--socket={munge / 'munge.socket'}",
            f"--key-file={key}",
            f"--pid-file={munge / 'munged.pid'}",
            f"--seed-file={munge / 'munged.seed'}",
            f"--log-file={self.root / 'log' / 'munged.log'}",
            "--origin=127.0.0.1",
        )
        self.run("slurmctld", "-f", str(self.conf))
        self.run("slurmd", "-f", str(self.conf), "-N", NODE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            state = self.run("sinfo", "-h", "-n", NODE, "-o", "%T", check=False).stdout.strip()
            if state == "idle":
                return
            time.sleep(0.5)
        raise AssertionError(f"the Slurm node never became idle (state {state!r})\n{self.logs()}")

    def _wait_for_init(self) -> int:
        """The host PID of the namespace's PID 1 (the reaper), once its set-up is done."""
        assert self.holder is not None
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.holder.poll() is not None:
                raise AssertionError(f"namespace set-up failed (exit {self.holder.returncode})")
            for pid in os.listdir("/proc"):
                try:
                    stat = Path(f"/proc/{pid}/stat").read_text()
                    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
                except OSError:
                    continue
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                # the reaper, not the `sh` that sets the namespace up before exec'ing it
                if ppid == self.holder.pid and b"os.wait()" in cmdline:
                    return int(pid)
            time.sleep(0.1)
        raise AssertionError("the namespace's PID 1 did not start")

    def stop(self) -> None:
        """SIGKILL the namespace: its PID 1 dies with `unshare`, and every process with it."""
        if self.holder is None:
            return
        self.holder.kill()
        self.holder.wait()
        if self.namespace is None:
            return
        deadline = time.monotonic() + 10
        while (left := _processes_in(self.namespace)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not left, f"processes left in the Slurm namespace: {left}"

    # ------------------------------------------------------------------ use

    def run(
        self, *args: str, check: bool = True, timeout: float = 60, cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Run a command inside the namespace (as a child of its PID 1's namespace)."""
        done = subprocess.run(
            ["nsenter", "-t", str(self.init_pid), "--net", "--pid", "--uts", "--mount", "--"]
            + list(args),
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=cwd,
        )
        if check and done.returncode != 0:
            raise AssertionError(
                f"{' '.join(args)} failed ({done.returncode}):\n{done.stdout}{done.stderr}\n"
                + self.logs()
            )
        return done

    def logs(self, lines: int = 25) -> str:
        parts = []
        for path in sorted((self.root / "log").glob("*.log")):
            tail = path.read_text(errors="replace").splitlines()[-lines:]
            parts.append(f"--- {path.name}\n" + "\n".join(tail))
        return "\n".join(parts)

    def wait_for_empty_queue(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            queue = self.run("squeue", "-h", "-o", "%i %j %T %r").stdout.strip()
            if not queue:
                return
            time.sleep(1)
        raise AssertionError(f"jobs still queued after {timeout:.0f} s:\n{queue}\n{self.logs()}")

    def job_states(self) -> dict[str, str]:
        """`JobId -> JobState` of every job slurmctld still remembers (MinJobAge: 300 s)."""
        out = self.run("scontrol", "-o", "show", "job").stdout
        states = {}
        for line in out.splitlines():
            fields = dict(f.split("=", 1) for f in line.split() if "=" in f)
            if "JobId" in fields:
                states[f"{fields['JobId']} {fields.get('JobName', '')}"] = fields["JobState"]
        return states


@pytest.fixture
def slurm_cluster(tmp_path: Path) -> Iterator[SlurmCluster]:
    reason = _why_not()
    if reason:
        pytest.skip(reason)
    cluster = SlurmCluster(tmp_path / "slurm")
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


def _published_bytes(version: CorpusVersion) -> dict[str, str]:
    """sha256 of every shard and of the rejects file, as found on disk."""
    files = [s["path"] for s in version.manifest["shards"]] + [version.manifest["rejected"]]
    return {rel: sha256_file(version.path / rel) for rel in files}


def _job_outputs(work: Path) -> str:
    """The Slurm job logs a failed build leaves in its work directory."""
    outs = sorted(work.rglob("slurm_logs/*.out")) if work.exists() else []
    return "\n".join(f"--- {p}\n{p.read_text(errors='replace')[-2000:]}" for p in outs)


@pytest.mark.slow
def test_a_real_slurm_cluster_publishes_the_bytes_of_a_local_build(
    slurm_cluster: SlurmCluster, tmp_path: Path
) -> None:
    slurm_root = tmp_path / "on-slurm"
    overrides = [*OVERRIDES, "executor.kind=slurm", "executor.slurm.time=00:10:00"]
    # no partition (the cluster's default is used) and no venv_path (the jobs run the
    # Python that submitted them): the defaults a user starts from
    hornbook = Path(sys.executable).with_name("hornbook")
    command = [str(hornbook)] if hornbook.exists() else [sys.executable, "-m", "hornbook.flows.cli"]
    sets = [arg for o in overrides for arg in ("--set", o)]
    submitted = slurm_cluster.run(
        *command, "build", SPEC, *sets, "--data-root", str(slurm_root), cwd=tmp_path, timeout=120
    )
    jobs = dict(re.findall(r"submitted (\S+): Slurm job (\d+)", submitted.stderr))
    assert list(jobs) == [
        "1-generate-filter",
        "1-require-kept",
        "2-dedup-signatures",
        "3-dedup-find",
        "4-dedup-filter",
        "publish",
    ], submitted.stderr

    # the local build runs while the cluster works through the jobs
    local = build.build_corpus(SPEC, OVERRIDES, root=tmp_path / "local", progress=None)
    plan = build.plan(SPEC, overrides, slurm_root)
    try:
        slurm_cluster.wait_for_empty_queue(timeout=240)
        states = slurm_cluster.job_states()
        # 2 + 1 + 2 + 1 + 2 + 1 array tasks, and one stats-merging job after each array job
        assert len(states) == 15 and set(states.values()) == {"COMPLETED"}, states
        published = Catalog(slurm_root).resolve(f"{SPEC}@v1")
    except (AssertionError, FileNotFoundError, KeyError) as exc:
        raise AssertionError(f"{exc}\n{_job_outputs(plan.work.root)}") from exc

    assert published.fingerprint == local.version.fingerprint == plan.fingerprint
    assert published.manifest["shards"] == local.version.manifest["shards"]
    assert _published_bytes(published) == _published_bytes(local.version)
    for key in ("counts", "drop_reasons", "stats"):
        assert published.manifest[key] == local.version.manifest[key], key
    assert published.manifest["counts"]["generated"] == 120
    assert not plan.work.root.exists()  # the publish job removed the work directory


@pytest.mark.slow
def test_a_slurm_build_that_keeps_nothing_stops_with_one_line_and_publishes_nothing(
    slurm_cluster: SlurmCluster, tmp_path: Path
) -> None:
    """Every document rejected: the check job fails with the `NothingKept` line, the dedupe
    and publish jobs are cancelled (not left pending), and no version is published."""
    slurm_root = tmp_path / "on-slurm"
    overrides = [
        "generator.samples=20",
        "executor.tasks=1",
        "executor.workers=1",
        "curate.min_words=100000",  # no story is that long
        "curate.max_words=200000",
        "executor.kind=slurm",
        "executor.slurm.time=00:10:00",
    ]
    hornbook = Path(sys.executable).with_name("hornbook")
    command = [str(hornbook)] if hornbook.exists() else [sys.executable, "-m", "hornbook.flows.cli"]
    sets = [arg for o in overrides for arg in ("--set", o)]
    slurm_cluster.run(
        *command, "build", SPEC, *sets, "--data-root", str(slurm_root), cwd=tmp_path, timeout=120
    )
    plan = build.plan(SPEC, overrides, slurm_root)
    slurm_cluster.wait_for_empty_queue(timeout=240)
    states = slurm_cluster.job_states()
    outputs = _job_outputs(plan.work.root)
    assert "every document was rejected (20: too_short 20" in outputs, (states, outputs)
    assert "FAILED" in str(states) and "CANCELLED" in str(states), states
    assert "COMPLETED" not in str([v for k, v in states.items() if "publish" in k]), states
    assert not (slurm_root / "corpora" / SPEC).exists() or not any(
        p.name.startswith("v") for p in (slurm_root / "corpora" / SPEC).iterdir()
    )


def test_require_kept_raises_the_nothing_kept_line(tmp_path: Path) -> None:
    """The check job's step, without a cluster: silent when a document was kept."""
    import gzip
    import json as _json

    from hornbook.corpora.curate.nothing_kept import RequireKept
    from hornbook.corpora.errors import NothingKept

    filtered, rejected = tmp_path / "filtered", tmp_path / "rejected" / "length"
    filtered.mkdir()
    rejected.mkdir(parents=True)
    with gzip.open(rejected / "00000.jsonl.gz", "wt") as handle:
        handle.write(_json.dumps({"text": "x", "metadata": {"filter_reason": "too_short"}}) + "\n")
    step = RequireKept(str(filtered), str(tmp_path / "rejected"))
    with pytest.raises(NothingKept, match=r"every document was rejected \(1: too_short 1\)"):
        list(step.run())
    with gzip.open(filtered / "00000.jsonl.gz", "wt") as handle:
        handle.write(_json.dumps({"text": "kept", "id": "1"}) + "\n")
    assert list(step.run()) == []


def test_slurm_job_scripts_are_what_a_real_sbatch_accepts(tmp_path: Path) -> None:
    """The three script fixes, without a cluster (the test above runs them for real)."""
    stage = Stage("s", "s", [], 3, tmp_path)
    plain = load_spec(SPEC, ["executor.kind=slurm", "executor.slurm.mem_per_cpu_gb=1.5"])
    executor = make_executor(plain.executor, stage)
    assert isinstance(executor, HornbookSlurmExecutor)
    args = executor.get_sbatch_args(3)
    assert "partition" not in args  # a bare `--partition` is an sbatch error
    assert args["mem-per-cpu"] == "1536M"  # sbatch rejects "1.5G"
    script = executor.get_launch_file_contents(args, "srun  -l -n 1 launch_pickled_pipeline /x")
    assert f"srun  -l -n 1 {sys.executable} -m datatrove.tools.launch_pickled_pipeline /x" in script
    assert "#SBATCH --partition" not in script

    venv = load_spec(
        SPEC,
        [
            "executor.kind=slurm",
            "executor.slurm.partition=cpu",
            "executor.slurm.venv_path=/opt/hb/.venv",
            "executor.slurm.sbatch_args={mem-per-cpu: 3G}",
        ],
    )
    executor = make_executor(venv.executor, stage)
    args = executor.get_sbatch_args(3)
    assert (args["partition"], args["mem-per-cpu"]) == ("cpu", "3G")  # the user's own value
    script = executor.get_launch_file_contents(args, "merge_stats /s -o /s.json")
    assert "source /opt/hb/.venv/bin/activate" in script
    assert "\npython -m datatrove.tools.merge_stats /s -o /s.json" in script
