"""Follow-up: actuals against the plan, evaluation of effects."""
