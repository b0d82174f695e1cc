from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_6fe00c1acbb43d93.txt"
SEED_EXPECTED = SHARED / "seeds" / "000_6fe00c1acbb43d93.expected.md"
CORPUS = SHARED / "corpus" / "dev-posts"

needs_shared = pytest.mark.skipif(not SEED.exists(), reason="../shared (seed post and corpus) is not beside this checkout")


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


# The suite's own cache folder (compiled patterns, posts known to be clean),
# shared by its tests and their subprocesses, and never the user's
# ``~/.cache``: a test must not skip a post because a run outside the suite
# found it clean.  Set on import, before the test modules copy os.environ.
_CACHE_FOLDER = tempfile.mkdtemp(prefix="articlefix-test-cache-")
os.environ["ARTICLEFIX_CACHE_DIR"] = _CACHE_FOLDER


@pytest.fixture(scope="session", autouse=True)
def _drop_cache_folder():
    yield
    shutil.rmtree(_CACHE_FOLDER, ignore_errors=True)
