"""Planning: allocation panel and grid, results, parameters, plan exports."""
