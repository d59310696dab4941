"""Progress and cancel protocol that long core functions accept; knows nothing of Qt."""

from __future__ import annotations

from dataclasses import dataclass, field

from kzplanner.errors import KZError


class Feedback:
    """Progress in [0, 1] with nested sub-ranges, and a cancel check. The base class is silent."""

    def __init__(self) -> None:
        self._lo = 0.0
        self._hi = 1.0

    # Subclasses override these two.
    def report(self, fraction: float, stage: str) -> None:  # noqa: B027 - optional hook
        pass

    def is_cancelled(self) -> bool:
        return False

    def progress(self, fraction: float, stage: str = "") -> None:
        """Report `fraction` of the current sub-range; raise KZError('cancelled') if asked to."""
        if self.is_cancelled():
            raise KZError("cancelled")
        f = min(max(fraction, 0.0), 1.0)
        self.report(self._lo + (self._hi - self._lo) * f, stage)

    def sub(self, start: float, end: float) -> SubRange:
        """Context manager narrowing progress to [start, end] of the current range."""
        return SubRange(self, start, end)


class SubRange:
    def __init__(self, feedback: Feedback, start: float, end: float) -> None:
        self._fb = feedback
        self._start = start
        self._end = end
        self._saved = (0.0, 1.0)

    def __enter__(self) -> Feedback:
        fb = self._fb
        self._saved = (fb._lo, fb._hi)
        span = fb._hi - fb._lo
        fb._lo, fb._hi = fb._lo + span * self._start, fb._lo + span * self._end
        return fb

    def __exit__(self, *exc: object) -> None:
        self._fb._lo, self._fb._hi = self._saved


@dataclass
class RecordingFeedback(Feedback):
    """Keeps every report; cancels after `cancel_after` reports (for tests)."""

    cancel_after: int | None = None
    reports: list[tuple[float, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        Feedback.__init__(self)

    def report(self, fraction: float, stage: str) -> None:
        self.reports.append((fraction, stage))

    def is_cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.reports) >= self.cancel_after


SILENT = Feedback()
