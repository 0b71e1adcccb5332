"""What `pip install` of the project (not the editable install of `make`) puts on a machine: the
package's code finds the seed article and the shipped reader beside itself, wherever it is run from."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_an_installed_wheel_finds_the_seed_article_and_the_shipped_reader_and_is_typed(tmp_path):
    # Built from a copy: setuptools builds in the tree, and a build/ left there would hide what a
    # fresh clone's wheel lacks.
    source = shutil.copytree(REPO, tmp_path / "source", ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "results", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis"))
    pip = [sys.executable, "-m", "pip", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "--wheel-dir", tmp_path / "wheel", source], check=True)
    [wheel] = (tmp_path / "wheel").iterdir()
    subprocess.run([*pip, "install", "--no-deps", "--target", tmp_path / "site", wheel], check=True)
    where = ("from qa.assistant import SEED_ARTICLE; from qa.reader import SHIPPED_READER; "
             "print(SEED_ARTICLE); print(SHIPPED_READER); print(sorted(p.name for p in SHIPPED_READER.iterdir()))")
    found = subprocess.run([sys.executable, "-c", where], cwd=tmp_path, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONPATH": str(tmp_path / "site")}).stdout.splitlines()
    seed, reader, reader_files = Path(found[0]), Path(found[1]), found[2]
    assert seed.is_relative_to(tmp_path / "site") and reader.is_relative_to(tmp_path / "site")
    assert seed.read_bytes() == (REPO / "seeds" / seed.name).read_bytes()
    assert reader_files == str(sorted(p.name for p in (REPO / "qa" / "models" / "reader").iterdir()))
    assert (tmp_path / "site" / "qa" / "py.typed").exists() and (tmp_path / "site" / "index" / "py.typed").exists()
