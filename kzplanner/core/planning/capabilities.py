"""What each strategy takes from the window: whether the equity weight λ changes its plan.

The window disables the λ control, and the outputs record λ as "not used", for a strategy whose
plan λ cannot change; `effective_params` gives the parameters such a strategy really plans with.
"""

from __future__ import annotations

from kzplanner.core.planning.parameters import PlanParams

# Strategies whose plan λ cannot change, with the catalogue label that says why (kk/ru/en).
EQUITY_IGNORED: dict[str, str] = {
    "proportional": "equity_off.proportional",
    "equal": "equity_off.equal",
    "worst_first": "equity_off.worst_first",
}


def equity_applies(strategy: str) -> bool:
    """True when the equity weight λ can change the plan of `strategy`.

    >>> equity_applies("max_impact"), equity_applies("worst_first")
    (True, False)
    """
    return strategy not in EQUITY_IGNORED


def equity_reason(strategy: str) -> str | None:
    """Catalogue label key of the one-line reason λ does nothing for `strategy` (None if it acts).

    >>> equity_reason("equal")
    'equity_off.equal'
    """
    return EQUITY_IGNORED.get(strategy)


def effective_params(params: PlanParams) -> PlanParams:
    """`params` as the strategy really uses them: λ = 0 where it has no effect (the plan is the
    same; values and the objective are then those of λ = 0)."""
    if equity_applies(params.strategy) or params.equity == 0:
        return params
    return params.with_changes(equity=0.0)
