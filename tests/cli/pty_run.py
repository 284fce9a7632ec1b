#!/usr/bin/env python3
"""Run a command on a pseudo-terminal, as a person at a terminal would, and report what it showed.

Input (stdin, JSON): {"cmd": [...], "env": {...}, "cwd": "...", "steps": [{"expect": REGEX, "send": TEXT}, ...]}
Each step waits until the terminal has shown text matching REGEX since the previous step, then
types TEXT. Output (stdout, JSON): {"exit": code or -signal, "transcript": everything the
terminal showed, "echo": whether the terminal's echo was on at each step}. Waits are for events
(text appearing, the process ending), bounded only by a generous limit against a hang.
"""
import json
import os
import pty
import re
import select
import signal
import sys
import termios
import time

LIMIT = 120.0


def main():
    spec = json.load(sys.stdin)
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(spec.get("cwd") or ".")
        os.execvpe(spec["cmd"][0], spec["cmd"], spec.get("env") or dict(os.environ))
    transcript = b""
    seen_from = 0
    echo = []
    deadline = time.monotonic() + LIMIT

    def read_some(timeout):
        nonlocal transcript
        r, _, _ = select.select([fd], [], [], timeout)
        if not r:
            return True
        try:
            data = os.read(fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        transcript += data
        return True

    alive = True
    for step in spec.get("steps", []):
        pattern = re.compile(step["expect"].encode())
        while alive and not pattern.search(transcript, seen_from):
            if time.monotonic() > deadline:
                break
            alive = read_some(0.5)
        m = pattern.search(transcript, seen_from)
        if not m:
            break
        seen_from = m.end()
        echo.append(bool(termios.tcgetattr(fd)[3] & termios.ECHO))
        if "signal" in step:
            os.kill(pid, getattr(signal, step["signal"]))
        else:
            os.write(fd, step["send"].encode())
    while alive and time.monotonic() < deadline:
        alive = read_some(0.5)
    _, status = os.waitpid(pid, 0)
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status)
    json.dump({"exit": code, "transcript": transcript.decode("utf-8", "replace"), "echo": echo}, sys.stdout)


if __name__ == "__main__":
    main()
