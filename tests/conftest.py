from __future__ import annotations

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
