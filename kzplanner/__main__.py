"""Composition root: parse the command line, then start the CLI or the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from kzplanner.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
