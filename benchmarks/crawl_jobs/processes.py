"""Measuring a command's process tree from /proc (Linux): wall time, CPU, memory.

    >>> import os, sys
    >>> elapsed, out = run([sys.executable, "-c", "print(1)"], dict(os.environ), "one")
    >>> out, sorted(CPU)
    ('1\\n', ['one'])

A crawl's worker processes are started by a forkserver, so they are not
its children: ``getrusage(RUSAGE_CHILDREN)`` would miss them. These walk
``/proc/PID/task/*/children`` instead.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

# CPU seconds of each run, by whom: the command with all its processes, and
# this process (the local site's server threads). Filled in by run().
CPU: dict[str, tuple[float, float]] = {}


def run(cmd: list[str], env: dict[str, str], label: str = "") -> tuple[float, str]:
    """Run ``cmd``; return its wall time and stdout, and note its CPU in :data:`CPU`.

    The command's CPU is sampled from /proc for its whole process tree
    (worker processes started by a forkserver are not its children, so
    ``getrusage(RUSAGE_CHILDREN)`` would miss them) every 0.2 s: rarely,
    as the sampling runs beside the local site's server threads. The last
    0.2 s of a process that exits early may be missed.
    """
    own = os.times()
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True, env=env)
        seen: dict[int, float] = {}
        while proc.poll() is None:
            seen.update(tree_cpu(proc.pid))
            time.sleep(0.2)
        elapsed = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    after = os.times()
    CPU[label] = (sum(seen.values()), after.user + after.system - own.user - own.system)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd[:4]} failed ({proc.returncode}):\n{stderr[-2000:]}")
    return elapsed, stdout


def tree_cpu(pid: int) -> dict[int, float]:
    """CPU seconds used so far by a process and each of its descendants (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    found, todo = {}, [pid]
    while todo:
        current = todo.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            found[current] = (int(fields[11]) + int(fields[12])) / ticks
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, IndexError):
            continue
    return found


def tree_rss(pid: int, *, descendants: bool = True) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(status.split("VmRSS:")[1].split()[0]) * 1024 if "VmRSS:" in status else 0
            if not descendants:
                break
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def tree_pss(pid: int) -> int:
    """Proportional set size of a process and all its descendants (Linux smaps_rollup)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            if "Pss:" in rollup:
                total += int(rollup.split("Pss:")[1].split()[0]) * 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total
