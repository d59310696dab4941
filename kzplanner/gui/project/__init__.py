"""Projects: session, actions, scenarios, comparison, autosave, undo."""
