"""The benchmarks refuse counts that measure nothing, in one usage line, before loading anything."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.mark.parametrize("script, option", [("reader.py", "--n"), ("retrieval.py", "--limit"), ("passages.py", "--squad-limit"),
                                            ("latency.py", "--repeat"), ("compare.py", "--limit"), ("load.py", "--users"),
                                            ("corpus.py", "--limit"), ("typed_questions.py", "--limit")])
def test_a_count_of_zero_is_refused(script, option):
    run = subprocess.run([sys.executable, str(BENCH / script), option, "0"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert f"{option}: expected a whole number of at least 1, not '0'" in run.stderr and "Traceback" not in run.stderr
