"""Regenerate the Qt Linguist sources (resources/i18n/*.ts) from the UI string catalogue and
compile them to .qm with lrelease. Translations already in a .ts are kept ((kzplanner.app.strings.linguist)).

    python scripts/build_translations.py          # update .ts, build .qm
    python scripts/build_translations.py --check  # exit 1 when a .ts or .qm is out of date
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kzplanner.app.strings import STRINGS, linguist  # noqa: E402
from kzplanner.gui import i18n  # noqa: E402


def check() -> list[str]:
    """What is out of date: a .ts that regeneration would change, a .qm that differs from a fresh
    lrelease of its .ts."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for lang in linguist.TRANSLATED:
            current = linguist.ts_path(lang)
            fresh = linguist.ts_path(lang, folder)
            if current.is_file():
                fresh.write_bytes(current.read_bytes())
            linguist.update_ts(STRINGS, lang, folder)
            if not current.is_file() or fresh.read_bytes() != current.read_bytes():
                problems.append(f"{current.name} is out of date with the string catalogue")
                continue
            built = i18n.build_qm(lang, folder)
            qm = linguist.qm_path(lang)
            if not qm.is_file() or qm.read_bytes() != built.read_bytes():
                problems.append(f"{qm.name} is out of date with {current.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what is out of date")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for line in problems:
            print(line)
        return 1 if problems else 0
    for lang in linguist.TRANSLATED:
        path, drift = linguist.update_ts(STRINGS, lang)
        messages = linguist.read_ts(path)
        unfinished = sorted(k for k, m in messages.items() if m.state == "unfinished")
        qm = i18n.build_qm(lang)
        print(f"{path.name}: {len(messages)} messages, {len(unfinished)} unfinished → {qm.name}")
        for key in unfinished:
            print(f"  unfinished: {key}")
        if drift:
            print(f"  {len(drift)} translation(s) differ from strings*.py; the .ts wins: "
                  + ", ".join(drift[:10]) + (" …" if len(drift) > 10 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
