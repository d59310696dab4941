"""The settlements in the window (issue 17): loading, the villages-without-access dock."""
