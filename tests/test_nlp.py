"""The spaCy pipeline's matrix products: numpy's OpenBLAS on one thread instead of
thinc's default BLIS (newsledger.extract.nlp.THINC_OPS), with the same parse."""

from __future__ import annotations

from threadpoolctl import threadpool_info

from conftest import SEED
from newsledger.extract.components import add_to_pipeline
from newsledger.extract.nlp import (
    BLAS_THREADS,
    ParagraphSpan,
    load_model,
    load_nlp,
    parse_articles,
)
from newsledger.parse import parse_article


def signature(doc) -> list[tuple]:
    return [
        (t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start)
        for t in doc
    ]


def test_the_pipeline_multiplies_with_numpy_not_blis():
    models = [pipe.model for _, pipe in load_nlp().pipeline if getattr(pipe, "model", None)]
    assert len(models) >= 3, "tok2vec, tagger, parser, ner"
    # spaCy builds the transition models' output layer with thinc's "cpu" ops whatever
    # the context; it is a small classifier, multiplied through thinc's CBlas anyway.
    upper = {id(m.get_ref("upper")) for m in models if m.has_ref("upper")}
    layers = [layer for m in models for layer in m.walk() if id(layer) not in upper]
    assert len(layers) > 100
    for layer in layers:
        assert layer.ops.name == "numpy" and not layer.ops.use_blis, layer.name


def test_the_same_parse_as_thincs_default_ops():
    paragraphs = [p.text for p in parse_article(SEED.read_text(encoding="utf-8")).paragraphs]
    default = add_to_pipeline(load_model(name="numpy"))
    assert default.get_pipe("tok2vec").model.ops.use_blis
    ours = list(load_nlp().pipe(paragraphs))
    theirs = list(default.pipe(paragraphs))
    assert [signature(d) for d in ours] == [signature(d) for d in theirs]


class RecordingPipeline:
    """Stands in for a spaCy pipeline: records numpy's BLAS threads as it parses."""

    def __init__(self) -> None:
        self.threads: list[int] = []

    def pipe(self, items, **_):
        for text, context in items:
            self.threads.append(max(i["num_threads"] for i in threadpool_info()))
            yield load_nlp().make_doc(text), context


def test_the_parse_holds_blas_to_one_thread_and_lets_it_go():
    before = max(i["num_threads"] for i in threadpool_info())
    text = SEED.read_text(encoding="utf-8")
    spans = [ParagraphSpan(p.char_start, p.char_end) for p in parse_article(text).paragraphs]
    nlp = RecordingPipeline()
    (article,) = parse_articles([("a", text, spans)], nlp=nlp)
    assert len(article.docs) == len(spans) == len(nlp.threads)
    assert set(nlp.threads) == {BLAS_THREADS}
    assert max(i["num_threads"] for i in threadpool_info()) == before
