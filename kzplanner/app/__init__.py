"""Qt-free application layer: the workflows the CLI and the window both call, and the display model."""
