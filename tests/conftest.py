"""Shared fixtures without Qt: the bundled sample dataset, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

REAL_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"


@pytest.fixture(scope="session", autouse=True)
def _input_cache_in_tmp(tmp_path_factory):
    """The parsed-input cache goes under a temp folder, never to the tester's profile."""
    import os

    os.environ["KZPLANNER_CACHE_DIR"] = str(tmp_path_factory.mktemp("input-cache"))


@pytest.fixture(scope="session")
def sample_dataset():
    from kzplanner.core.dataset import load_dataset

    return load_dataset()


@pytest.fixture
def real_data() -> Path:
    if not REAL_DATA.is_dir():
        pytest.skip(f"real data folder {REAL_DATA} is absent (only next to the team's checkout)")
    return REAL_DATA
