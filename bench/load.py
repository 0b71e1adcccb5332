"""Load on the chat app: simulated users asking questions through its API, as browsers would.

    python bench/load.py [--users 1 5 20] [--duration 120] [--think 3] [--closed-loop]
                         [--questions ../shared/data/article-questions-dev.jsonl] [--port P] [--json OUT]

Starts `qa chat` on 127.0.0.1 (a free port unless --port; with --running, uses a chat already
listening there), then for each user count N runs N users at once for --duration seconds. Each
user has its own Gradio client (`gradio_client.Client`), asks the questions in turn through the
app's "ask" API endpoint and waits --think seconds after each answer before the next question,
like a person reading it. --closed-loop adds a run per N with no wait at all: the throughput it
reaches is the app's saturation throughput. For every run it prints requests served, errors,
throughput and p50/p95/max latency (client side, request sent to answer received).

The load only ever goes to 127.0.0.1, with at most 50 users for at most 10 minutes a run.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.cli import positive  # noqa: E402  (after the path is set)

HOST = "127.0.0.1"  # never anywhere else
SERVER_START_SECONDS = 600.0  # how long `qa chat` may take to serve (building its index the first time)
MAX_USERS, MAX_DURATION = 50, 600.0
DEFAULT_QUESTIONS = ROOT.parent / "shared" / "data" / "article-questions-dev.jsonl"
FALLBACK_QUESTIONS = ["Who is the Russian ambassador?", "Where was the media briefing held?",
                      "When did direct talks with Ukraine resume?", "How much support has been provided to Kiev?"]


@dataclass
class Run:
    users: int
    think_seconds: float
    duration_seconds: float
    served: int = 0
    errors: int = 0
    error_kinds: dict = field(default_factory=dict)
    answered: int = 0  # served with a span (the rest abstained)
    elapsed_seconds: float = 0.0
    throughput_per_second: float = 0.0
    p50_seconds: float | None = None
    p95_seconds: float | None = None
    max_seconds: float | None = None

    def line(self) -> str:
        latency = "no requests served" if self.p50_seconds is None else \
            f"p50 {self.p50_seconds:.2f} s  p95 {self.p95_seconds:.2f} s  max {self.max_seconds:.2f} s"
        mode = "closed loop" if self.think_seconds == 0 else f"think {self.think_seconds:g} s"
        return (f"{self.users:>3} users  {mode:<12} {self.served:>5} served  {self.errors:>3} errors  "
                f"{self.throughput_per_second:6.2f} req/s  {latency}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen | None, log: Path | None) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server is not None and server.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:] if log else ""
            sys.exit(f"qa chat exited with code {server.returncode} before serving:\n{tail}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1.0)
    sys.exit(f"qa chat did not answer at {url} within {SERVER_START_SECONDS:.0f} s")


def start_chat(port: int, extra: list[str], log: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "qa.cli", "chat", "--host", HOST, "--port", str(port), *extra]
    print(f"starting: {' '.join(command[1:])}", file=sys.stderr)
    return subprocess.Popen(command, cwd=ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT,
                            env={**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"})


def stop(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def load_questions(path: str | None) -> list[str]:
    source = Path(path) if path else DEFAULT_QUESTIONS
    if not source.is_file():
        if path:
            sys.exit(f"no question file at {source}")
        print(f"{source} not found; using {len(FALLBACK_QUESTIONS)} built-in questions", file=sys.stderr)
        return FALLBACK_QUESTIONS
    return [json.loads(line)["question"] for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]


def make_clients(url: str, count: int) -> list:
    from gradio_client import Client

    return [Client(url, verbose=False) for _ in range(count)]


def run_users(clients: list, questions: list[str], think: float, duration: float) -> Run:
    """len(clients) users at once until `duration` has passed; a request started in time is waited for."""
    run = Run(len(clients), think, duration)
    latencies: list[float] = []
    errors: Counter = Counter()
    lock = threading.Lock()
    start_gate = threading.Barrier(len(clients) + 1)
    stop_at = [0.0]

    def user(number: int, client) -> None:
        start_gate.wait()
        turn = number * 7  # users start at different questions
        while time.monotonic() < stop_at[0]:
            question = questions[turn % len(questions)]
            turn += 1
            sent = time.perf_counter()
            try:
                reply = client.predict(question, api_name="/ask")
                took = time.perf_counter() - sent
                if isinstance(reply, str):
                    reply = json.loads(reply)
                if not isinstance(reply, dict) or "answered" not in reply:
                    raise ValueError(f"unexpected reply {str(reply)[:80]!r}")
                with lock:
                    latencies.append(took)
                    run.answered += bool(reply["answered"])
            except Exception as error:  # every failure counts; the kind is reported
                with lock:
                    errors[f"{type(error).__name__}: {str(error)[:100]}"] += 1
            remaining = stop_at[0] - time.monotonic()
            if think and remaining > 0:
                time.sleep(min(think, remaining))

    threads = [threading.Thread(target=user, args=(i, c), daemon=True) for i, c in enumerate(clients)]
    for thread in threads:
        thread.start()
    started = time.monotonic()
    stop_at[0] = started + duration
    start_gate.wait()
    for thread in threads:
        thread.join(timeout=duration + 120)
    run.elapsed_seconds = time.monotonic() - started
    run.served, run.errors, run.error_kinds = len(latencies), sum(errors.values()), dict(errors)
    run.throughput_per_second = run.served / run.elapsed_seconds
    if latencies:
        run.p50_seconds, run.p95_seconds = (float(np.percentile(latencies, p)) for p in (50, 95))
        run.max_seconds = max(latencies)
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=positive, nargs="+", default=[1, 5, 20], help="user counts, one run each (default: 1 5 20)")
    parser.add_argument("--duration", type=float, default=120.0, help="seconds per run (default: %(default)s)")
    parser.add_argument("--think", type=float, default=3.0, help="seconds a user waits after an answer (default: %(default)s)")
    parser.add_argument("--closed-loop", action="store_true", help="also run each user count with no wait (saturation)")
    parser.add_argument("--only-closed-loop", action="store_true", help="run only the closed-loop runs")
    parser.add_argument("--questions", help=f"JSON Lines with a 'question' field (default: {DEFAULT_QUESTIONS})")
    parser.add_argument("--port", type=int, help="port for qa chat on 127.0.0.1 (default: a free one)")
    parser.add_argument("--running", action="store_true", help="use a qa chat already listening on --port")
    parser.add_argument("--reader", help="passed to qa chat")
    parser.add_argument("--json", metavar="OUT", help="also write the runs as JSON to OUT")
    args = parser.parse_args()
    if any(not 1 <= n <= MAX_USERS for n in args.users):
        parser.error(f"--users must be between 1 and {MAX_USERS}")
    if not 0 < args.duration <= MAX_DURATION:
        parser.error(f"--duration must be more than 0 and at most {MAX_DURATION:.0f} seconds")
    if args.running and not args.port:
        parser.error("--running needs --port")

    questions = load_questions(args.questions)
    port = args.port or free_port()
    url = f"http://{HOST}:{port}/"
    server = None
    with tempfile.TemporaryDirectory() as scratch:
        log = Path(scratch) / "chat.log"
        if not args.running:
            server = start_chat(port, ["--reader", args.reader] if args.reader else [], log)
        try:
            wait_until_up(url, server, log if server else None)
            modes = ([] if args.only_closed_loop else [args.think]) + ([0.0] if args.closed_loop or args.only_closed_loop else [])
            clients = make_clients(url, max(args.users))
            clients[0].predict(questions[0], api_name="/ask")  # warm up: first request after start
            runs = []
            for think in modes:
                for users in args.users:
                    run = run_users(clients[:users], questions, think, args.duration)
                    runs.append(run)
                    print(run.line(), flush=True)
                    for kind, count in run.error_kinds.items():
                        print(f"      {count} x {kind}", flush=True)
        finally:
            if server is not None:
                stop(server)
    if args.json:
        Path(args.json).write_text(json.dumps({"cpus": os.cpu_count(), "runs": [asdict(r) for r in runs]}, indent=2) + "\n")


if __name__ == "__main__":
    main()
