"""Loading and checking data: import wizard, reconciliation view, sources, units table, templates."""
