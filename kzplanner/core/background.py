"""Work started in a thread of its own and collected later, its exception raised where it is
collected (as if the work had run there)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")


def in_background(fn: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
    """fn(*args, **kwargs) started now in a daemon thread (a load given up does not hold the
    process at exit); `.result()` waits for its value or raises its exception."""
    future: Future[T] = Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever collects the result
            future.set_exception(exc)

    threading.Thread(target=run, name=f"kz-{getattr(fn, '__name__', 'work')}",
                     daemon=True).start()
    return future
