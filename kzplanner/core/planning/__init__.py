"""The planning model: instruments and costs, projection, strategies, exact optimiser."""
