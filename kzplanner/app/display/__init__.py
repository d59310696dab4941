"""What the map, legend and tables show, computed without Qt (numpy/pandas only)."""
