"""Shared fixtures without Qt: the bundled sample dataset, loaded once per session."""

from __future__ import annotations

import importlib.abc
import os
import sys
from pathlib import Path

import pytest

# The Qt-less run (.ci/run: KZPLANNER_TEST_NO_QT=1 python -m pytest -p no:pytest-qt): Qt and
# pyqtgraph cannot be imported at all, tests/gui is not collected, and every other test must pass.
QT_PACKAGES = frozenset({"PySide6", "shiboken6", "pyqtgraph", "pytestqt"})
NO_QT = os.environ.get("KZPLANNER_TEST_NO_QT") == "1"


class _NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):  # noqa: ARG002 - finder protocol
        if name.partition(".")[0] in QT_PACKAGES:
            raise ModuleNotFoundError(f"No module named {name!r} (Qt-less test run)", name=name)
        return None


if NO_QT:
    loaded = sorted(m for m in sys.modules if m.partition(".")[0] in QT_PACKAGES)
    if loaded:
        raise RuntimeError(f"Qt-less run, yet already imported: {loaded} (pass -p no:pytest-qt)")
    sys.meta_path.insert(0, _NoQt())
    collect_ignore = ["gui"]
else:
    os.environ.setdefault("PYTEST_QT_API", "pyside6")

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


@pytest.fixture(scope="session")
def oblast_sample():
    """The bundled sample on today's 20 oblasts and cities of republican significance (its
    district rows summed into them), for tests written for oblast-level figures."""
    from kzplanner import paths
    from kzplanner.core.dataset import load_dataset

    return load_dataset(paths.bundled_boundaries("adm1"), paths.sample_statistics(),
                        paths.sample_institutions())


@pytest.fixture
def real_data() -> Path:
    if not REAL_DATA.is_dir():
        pytest.skip(f"real data folder {REAL_DATA} is absent (only next to the team's checkout)")
    return REAL_DATA
