"""Readers and writers of the files planners bring and take away."""
