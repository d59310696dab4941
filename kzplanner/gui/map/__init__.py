"""The map: view, layers, legend, institutions, print page, charts."""
