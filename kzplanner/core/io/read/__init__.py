"""Reading input files: grids (xlsx, xls, CSV) within limits, statistics, registers, boundaries, actuals, templates, parameters and projects."""
