"""The command line: `kzplanner plan | export | compare | evaluate | check | template | map`, thin
over kzplanner.app (commands.py parses and dispatches; one module per group of sub-commands).

The window (`kzplanner gui`, or no sub-command) is opened by the composition root,
kzplanner.__main__, which hands `main` the function that opens it: the CLI itself never imports
the gui package (import-linter's layers contract), except map printing through gui.print_service.
"""

from kzplanner.cli.commands import main

__all__ = ["main"]
