"""KZ Planner: offline planning of institutional digital access and voucher budgets."""

__version__ = "0.1.0"
