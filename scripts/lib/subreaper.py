#!/usr/bin/env python3
"""Runs a command as a child subreaper, so that the exit status of every process it leaves behind can be read.

    python3 scripts/lib/subreaper.py STATUS_FILE -- COMMAND [ARGS...]

Linux's PR_SET_CHILD_SUBREAPER makes the orphans of COMMAND (a server whose launcher died) children of this
process instead of init's. STATUS_FILE gets COMMAND's pid on its first line, then one line per process reaped:
`PID EXIT NAME`, EXIT being the exit code or -N for death by signal N, NAME the process's comm (`node`, ...).
Exits with COMMAND's own exit code (128 + N for signal N), once every descendant has ended.
Used by scripts/check-pack.sh to prove that the server itself exits 0 on SIGTERM, however npm runs it.
"""
import ctypes
import os
import sys

PR_SET_CHILD_SUBREAPER = 36


def main() -> int:
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    status_file, command = sys.argv[1], sys.argv[3:]
    if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print("subreaper: prctl(PR_SET_CHILD_SUBREAPER) failed", file=sys.stderr)
        return 2
    child = os.fork()
    if child == 0:
        os.execvp(command[0], command)
    with open(status_file, "w", buffering=1) as out:
        out.write(f"{child}\n")
        child_code = 0
        while True:
            try:
                info = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOWAIT)
            except ChildProcessError:
                break
            name = read_comm(info.si_pid)
            _, status = os.waitpid(info.si_pid, 0)
            code = os.waitstatus_to_exitcode(status)
            out.write(f"{info.si_pid} {code} {name}\n")
            if info.si_pid == child:
                child_code = code if code >= 0 else 128 - code
    return child_code


def read_comm(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as comm:
            return comm.read().strip().replace(" ", "_")
    except OSError:
        return "?"


if __name__ == "__main__":
    sys.exit(main())
