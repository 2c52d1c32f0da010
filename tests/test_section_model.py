"""The learned second opinion on section types (newsledger/section_model.py)."""

from __future__ import annotations

import json

import pytest

from conftest import CORPUS, PROJECT_ROOT
from newsledger import section_model
from newsledger.parse import parse_article
from newsledger.section_model import (
    MODEL_ENV,
    MODEL_PATH,
    NONE,
    SectionModel,
    dump_model,
    examples_from_gold,
    load_model,
    model_from_json,
    train,
)
from newsledger.sections import SECTION_TYPES, paragraph_features, segment_sections

GOLD = PROJECT_ROOT / "tests" / "gold"
# Gold kept for measuring: the model must never have learned from it.
HELD_OUT = {"test", "invented_test", "invented_holdout", "invented_holdout2", "invented_holdout3"}

TEXT = (
    "Clashes on the border\n\n"
    "Artillery fire hit the border town of Tovuz on Tuesday, killing two soldiers, "
    "the defence ministry said.\n\n"
    "France called on both sides to show restraint and return to talks.\n\n"
    "The two countries fought a war over the region in 1994.\n"
)


def _model(weights: dict[str, list[float]], threshold: float = 0.6) -> SectionModel:
    classes = [*SECTION_TYPES, NONE]
    return model_from_json(
        {
            "classes": classes,
            "threshold": threshold,
            "bias": [0.0] * len(classes),
            "weights": weights,
        }
    )


def test_shipped_model_loads_and_never_learned_from_held_out_gold() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["classes"] == [*SECTION_TYPES, NONE]
    assert 0.5 <= data["threshold"] < 1.0
    assert data["trained_on"], "the model file must say what it learned from"
    assert not HELD_OUT & set(data["trained_on"])
    assert all((GOLD / folder).is_dir() for folder in data["trained_on"])
    assert isinstance(load_model(), SectionModel)


def test_retype_only_when_sure_and_never_to_none() -> None:
    model = _model(
        {
            "word=condemned": [0.0, 5.0, 0.0, 0.0, 0.0],
            "word=heading": [0.0, 0.0, 0.0, 0.0, 5.0],
            "word=maybe": [0.0, 0.3, 0.0, 0.0, 0.0],
        }
    )
    assert model.retype(["word=condemned"], "events") == "foreign_reactions"
    # A paragraph the model places in no section keeps the rules' type.
    assert model.retype(["word=heading"], "history") == "history"
    # Below the threshold the rules' type stands.
    assert model.retype(["word=maybe"], "events") == "events"
    assert model.retype([], "other") == "other"


def test_train_learns_a_separable_signal_and_dumps_readable_json() -> None:
    examples = [(["word=condemned", "rule=events"], "foreign_reactions")] * 6 + [
        (["word=shelled", "rule=events"], "events")
    ] * 6
    data = train(examples, classes=[*SECTION_TYPES, NONE], min_count=3, iterations=300)
    model = model_from_json(json.loads(dump_model(data)))
    assert model.retype(["word=condemned", "rule=events"], "events") == "foreign_reactions"
    assert model.retype(["word=shelled", "rule=events"], "foreign_reactions") == "events"
    # Features seen fewer than min_count times get no weight.
    rare = train(examples + [(["word=once"], "history")], classes=[*SECTION_TYPES, NONE])
    assert "word=once" not in rare["weights"]
    assert dump_model(data).count("\n") > len(data["weights"])  # one feature per line


def test_paragraph_features_say_what_the_rules_typed() -> None:
    parsed = parse_article(TEXT)
    rows = paragraph_features(TEXT, parsed.paragraphs)
    assert rows, "body paragraphs have features"
    rules = {f for _, features in rows for f in features if f.startswith("rule=")}
    assert rules <= {f"rule={t}" for t in SECTION_TYPES}
    assert any("word=restraint" in features for _, features in rows)


def test_model_choice_by_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    parsed = parse_article(TEXT)
    monkeypatch.setenv(MODEL_ENV, "none")
    assert load_model() is None
    rules_only = [s.section_type for s in segment_sections(TEXT, parsed.paragraphs)]
    # A model sure that every paragraph is history overrules every rule.
    sure = tmp_path / "history.json"
    sure.write_text(
        dump_model(
            {
                "classes": [*SECTION_TYPES, NONE],
                "threshold": 0.6,
                "bias": [0.0, 0.0, 9.0, 0.0, 0.0],
                "weights": {},
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv(MODEL_ENV, str(sure))
    typed = [s.section_type for s in segment_sections(TEXT, parsed.paragraphs)]
    assert set(typed) == {"history"} != set(rules_only)
    monkeypatch.setenv(MODEL_ENV, str(tmp_path / "missing.json"))
    with pytest.raises(FileNotFoundError, match="no such model file"):
        load_model()


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus (the real dev split) is absent")
def test_shipped_model_is_what_training_on_its_folders_gives() -> None:
    """`make section-model` reproduces the shipped file: no hand-edited weights."""
    from pipelines.runner import find_gold_articles

    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    pairs = find_gold_articles([GOLD / folder for folder in shipped["trained_on"]])
    examples = examples_from_gold(pairs)
    assert len(examples) == shipped["paragraphs"]
    fresh = model_from_json(
        train(examples, classes=shipped["classes"], threshold=shipped["threshold"])
    )
    model = model_from_json(shipped)
    agree = sum(
        model.retype(features, NONE) == fresh.retype(features, NONE) for features, _ in examples
    )
    # Floating-point sums may differ in the last digit from machine to machine.
    assert agree >= 0.995 * len(examples)
    section_model._read.cache_clear()
