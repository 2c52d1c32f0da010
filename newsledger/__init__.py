"""newsledger: turn news articles about conflicts into an analytic dataset.

The core package is free of Dagster: every function here can be called from a
notebook, the CLI or an asset.
"""

# Bump when extraction output changes; the reprocess schedule rewrites every
# batch whose rows carry another version.
EXTRACTOR_VERSION = "0.4.0"

__all__ = ["EXTRACTOR_VERSION"]
