"""Dagster assets, one module per stage. Thin: read the lake, call newsledger,
write the lake, report metadata."""
