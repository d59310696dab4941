"""Pure computation and file I/O; never imports Qt."""
