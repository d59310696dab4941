"""PySide6's per-import source check, narrowed (kzplanner.gui.qt_import_hook): modules of the
standard library and of the scientific packages are answered "no Qt" without their source being
read; every other module gets PySide6's own answer."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import pytest


def _module(tmp_path, name, text):
    path = tmp_path / (name.replace(".", "_") + ".py")
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_only_modules_that_may_use_qt_are_read(tmp_path, monkeypatch):
    import kzplanner.gui  # noqa: F401 - installs the narrowed check
    from kzplanner.gui import qt_import_hook

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide6 has no per-import source check")
    check = feature._mod_uses_pyside
    assert getattr(check, "narrowed", False)
    assert qt_import_hook.narrow() is True  # a second call changes nothing
    assert feature._mod_uses_pyside is check

    mentions = "import PySide6  # a module of a Qt user\nVALUE = 1\n"
    read = []
    real = feature.inspect.getsource
    monkeypatch.setattr(feature.inspect, "getsource", lambda m: read.append(m.__name__)
                        or real(m))
    # a package that never imports Qt: not read, "no"
    assert check(_module(tmp_path, "pandas.kz_probe", mentions)) is False
    assert check(_module(tmp_path, "json.kz_probe", mentions)) is False
    assert read == []
    # anything else: read, and PySide6's answer kept
    assert check(_module(tmp_path, "kz_probe_qt_user", mentions)) is True
    assert check(_module(tmp_path, "kz_probe_plain", "VALUE = 2\n")) is False
    assert read == ["kz_probe_qt_user", "kz_probe_plain"]


def test_no_scientific_module_source_is_kept_after_the_imports():
    """In a fresh process: the window's package, then pandas and geopandas (as the load does):
    none of their sources end up in linecache (PySide6's check used to read every one)."""
    script = (
        "import linecache, kzplanner.gui, pandas, geopandas, scipy.optimize\n"
        "kept = [f for f in linecache.cache if 'site-packages' in f\n"
        "        and any(p in f for p in ('/pandas/', '/geopandas/', '/scipy/', '/numpy/'))]\n"
        "print(len(kept))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=180, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "0"
