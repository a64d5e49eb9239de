"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_758c96a7a2258215.txt"


@pytest.fixture(scope="session")
def pipeline():
    from frontwatch.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture()
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seed is not present (it travels with the team's data, not the repository)")
    return SEED.read_text(encoding="utf-8")
