"""Build the one-folder app with PyInstaller (build.spec) and smoke-test the frozen build.

    python scripts/build_app.py              # build dist/KZPlanner, then smoke-test it
    python scripts/build_app.py --smoke-only # only smoke-test an existing build

The smoke test starts the frozen app as a new user whose profile folder has a Cyrillic name,
without network where the system allows it (Linux: a private network namespace), and asks for
`gui --lang kk --screenshot`; it passes when the PNG and the log file are written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_NAME = "KZPlanner"
SMOKE_TIMEOUT_S = 300


def app_executable(dist: Path = DIST) -> Path:
    name = f"{APP_NAME}.exe" if sys.platform == "win32" else APP_NAME
    return dist / APP_NAME / name


def build_translations() -> None:
    """Compile the .qm files from the .ts sources (the bundle ships the .qm)."""
    sys.path.insert(0, str(ROOT))
    from kzplanner.gui import i18n

    for lang in i18n.TRANSLATED:
        i18n.build_qm(lang)


def build(dist: Path = DIST) -> Path:
    build_translations()
    subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm",
                    "--clean", "--log-level", "WARN", "--distpath", str(dist),
                    "--workpath", str(WORK)], cwd=ROOT, check=True)
    exe = app_executable(dist)
    if not exe.is_file():
        raise SystemExit(f"PyInstaller did not produce {exe}")
    return exe


def _offline_prefix() -> list[str]:
    """`unshare -rn` (no network at all) when this Linux allows it; else nothing."""
    if sys.platform.startswith("linux") and shutil.which("unshare"):
        probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, check=False)
        if probe.returncode == 0:
            return ["unshare", "-rn"]
    return []


def smoke_test(exe: Path, out_dir: Path, lang: str = "kk") -> Path:
    """Run the frozen app once on the sample; return the screenshot it wrote."""
    out_dir.mkdir(parents=True, exist_ok=True)
    screenshot = out_dir / f"smoke_{lang}.png"
    screenshot.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "Әлия Пайдаланушы"  # a Cyrillic user name, as on many akimat PCs
        home.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        env.update({"HOME": str(home), "USERPROFILE": str(home),
                    "APPDATA": str(home / "AppData" / "Roaming"),
                    "LOCALAPPDATA": str(home / "AppData" / "Local"),
                    "XDG_CONFIG_HOME": str(home / ".config"),
                    "XDG_DATA_HOME": str(home / ".local" / "share"),
                    "XDG_STATE_HOME": str(home / ".local" / "state"),
                    "XDG_CACHE_HOME": str(home / ".cache")})
        if sys.platform.startswith("linux") and not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        prefix = _offline_prefix()
        command = [*prefix, str(exe), "gui", "--lang", lang, "--screenshot", str(screenshot)]
        print("smoke test:", " ".join(command), "(offline)" if prefix else "(network not cut)")
        done = subprocess.run(command, env=env, cwd=home, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=SMOKE_TIMEOUT_S,
                              check=False)
        logs = list(home.rglob("kzplanner.log"))
        if done.returncode != 0 or not screenshot.is_file():
            raise SystemExit(f"frozen app failed (exit {done.returncode}):\n{done.stdout}\n"
                             f"{done.stderr}")
        if not logs:
            raise SystemExit("frozen app wrote no log file in the user's folder")
        if screenshot.stat().st_size < 20_000:
            raise SystemExit(f"{screenshot} is suspiciously small")
    print(f"smoke test passed: {screenshot}")
    return screenshot


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke-only", action="store_true")
    parser.add_argument("--dist", type=Path, default=DIST)
    args = parser.parse_args(argv)
    exe = app_executable(args.dist) if args.smoke_only else build(args.dist)
    smoke_test(exe, args.dist)
    return 0


if __name__ == "__main__":
    sys.exit(main())
