"""Extraction: from an article's text to its facts, with spaCy and the reference data.

Order of work for one article:

1. :mod:`.nlp` parses the body paragraphs once; its pipeline ends with
   :mod:`.components`, which corrects the NER with the reference data of :mod:`.reference`
   (countries, places, organizations, roles).
2. :mod:`.entities` turns the parse into entity mentions, per-article entity facts and
   person roles (:func:`extract_entities`); :func:`merge_entities` merges the facts of many
   articles into one row per entity.
3. :mod:`.attribution` (:func:`extract_attribution`) runs one module per fact type over the
   parse and the mentions: :mod:`.quotes`, then :mod:`.claims`, :mod:`.reactions` and
   :mod:`.timeline`, all built on the shared context and syntax helpers of :mod:`.syntax`.

The lexicons of step 3 are data: ``data/attribution.yaml``. A person's gender, where the
text states it (:mod:`.gender`, words in ``data/gender.yaml``), keeps "he" and "she" to the
people they can stand for in steps 2 and 3.
"""

import importlib

__all__ = ["extract_attribution", "extract_entities", "merge_entities"]

# The three steps load on first use: importing the reference data (sections, the Dagster
# definitions, ``newsledger sql``) must not import spaCy, which only the NLP stage needs.
_HOMES = {
    "extract_attribution": "newsledger.extract.attribution",
    "extract_entities": "newsledger.extract.entities",
    "merge_entities": "newsledger.extract.entities",
}


def __getattr__(name: str) -> object:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
