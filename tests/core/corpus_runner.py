"""Run broken-file corpus cases in this process, one after another, under a memory limit and a
per-case alarm; print one JSON line per case (tests/core/test_io_corpus.py starts it).

    python tests/core/corpus_runner.py CASES.json

A case is {"id", "entry", "path", "kwargs"}; a line is {"id", "code", "error", "secs",
"messages"} where `code` is the KZError's code (None when the entry returned), `error` the type
and last lines of any other exception (a traceback is a failure), `messages` the KZError's text
in en/ru/kk. "START id" is printed first, so that a process killed by the limit names its case.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import time
import traceback
from pathlib import Path

MEMORY_LIMIT = 2 * 1024**3  # bytes of address space for the whole batch
CASE_SECONDS = 20  # a case still running after this is a failure ("budget")


class Budget(Exception):
    pass


def _alarm(_signum, _frame):
    raise Budget


def _entries():
    from kzplanner import paths
    from kzplanner.core.dataset import load_dataset, read_stats_any
    from kzplanner.core.io.read import layout
    from kzplanner.core.io.read.actuals import read_actuals
    from kzplanner.core.io.read.boundaries import read_boundaries
    from kzplanner.core.io.read.institutions import read_institutions
    from kzplanner.core.io.read.params_file import read_params

    def mapped(path, **kw):
        proposal = layout.detect_layout(path, **kw)
        return layout.apply_mapping(path, proposal.mapping)

    return {
        "stats": read_stats_any,
        "dataset": lambda path, **kw: load_dataset(paths.natural_earth_boundaries(), path, **kw),
        "mapped": mapped,
        "detect": layout.detect_layout,
        "grid": layout.read_grid,
        "sheets": layout.list_sheets,
        "register": read_institutions,
        "actuals": read_actuals,
        "mapping": layout.load_mapping,
        "params": read_params,
        "boundaries": read_boundaries,
    }


def main(argv: list[str]) -> int:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    signal.signal(signal.SIGALRM, _alarm)
    cases = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    from kzplanner.errors import KZError

    entries = _entries()
    for case in cases:
        print("START " + case["id"], flush=True)
        out = {"id": case["id"], "code": None, "error": None, "messages": {}}
        start = time.perf_counter()
        signal.alarm(CASE_SECONDS)
        try:
            entries[case["entry"]](case["path"], **case.get("kwargs", {}))
        except KZError as exc:
            out["code"] = exc.code
            out["messages"] = {lang: exc.message(lang) for lang in ("en", "ru", "kk")}
            out["file"] = exc.file
        except Budget:
            out["error"] = f"over the {CASE_SECONDS} s budget"
        except BaseException as exc:  # noqa: BLE001 - what the corpus must never see
            out["error"] = "".join(traceback.format_exception(exc)[-3:])
        finally:
            signal.alarm(0)
        out["secs"] = round(time.perf_counter() - start, 3)
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    sys.exit(main(sys.argv[1:]))
