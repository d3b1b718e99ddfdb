"""With the compiled translations of the staged plugin installed, every Fiefs algorithm
shows translated texts: name, group, help, parameter descriptions, enum options, outputs.

This catches strings whose translation context at run time differs from the one pylupdate5
recorded in i18n/*.ts (a ``tr()`` that runs under another class name, a helper that
translates with the caller's context...): lrelease then compiles the translation, but
QGIS never finds it and the user reads English.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsApplication, QgsProcessingParameterEnum
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.i18n import install_translator, remove_translator
from fiefs_plugin.paths import i18n_dir
from fiefs_plugin.processing.provider import ALGORITHMS
from tests.conftest import REPO

LANGUAGES = ["fr", "ar"]

# (algorithm id, what, language) whose translation is rightly the same as the English text.
SAME_ALLOWED: set[tuple[str, str, str]] = set()
WORD = re.compile(r"[^\W\d_]{2,}")


def _texts() -> dict[tuple[str, str], str]:
    """{(algorithm id, what): text} for fresh instances of every Fiefs algorithm, created as
    QGIS creates them for a dialog (so parameters are declared under the current translators)."""
    registry = QgsApplication.processingRegistry()
    texts = {}
    for module_name, _class_name in ALGORITHMS:
        alg_id = f"fiefs:{module_name}"
        alg = registry.createAlgorithmById(alg_id)
        assert alg is not None, alg_id
        texts[(alg_id, "displayName")] = alg.displayName()
        texts[(alg_id, "group")] = alg.group()
        texts[(alg_id, "shortHelpString")] = alg.shortHelpString()
        for param in alg.parameterDefinitions():
            texts[(alg_id, f"parameter {param.name()}")] = param.description()
            if isinstance(param, QgsProcessingParameterEnum):
                for i, option in enumerate(param.options()):
                    texts[(alg_id, f"parameter {param.name()} option {i}")] = option
        for output in alg.outputDefinitions():
            # Sinks and destinations add an output of the parameter's description: the same text.
            texts[(alg_id, f"output {output.name()}")] = output.description()
    return texts


def _is_required(what: str) -> bool:
    """The texts the issue names: these must all differ from English."""
    return what in ("displayName", "group", "shortHelpString") or (
        what.startswith("parameter ") and " option " not in what)


@pytest.fixture(scope="module")
def english(fiefs_provider):
    probe = QCoreApplication.translate("FiefsAlgorithm", "Election store")
    assert probe == "Election store", f"a translator is already installed ({probe!r})"
    texts = _texts()
    assert len({alg for alg, _ in texts}) == len(ALGORITHMS)
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_staged_plugin_has_the_compiled_translation(staged_plugin, language):
    qm = i18n_dir() / f"fiefs_{language}.qm"
    assert qm.is_relative_to(staged_plugin), qm
    assert qm.stat().st_size > 1000


def _ts_contexts(language: str) -> dict[str, set[str]]:
    """{source: contexts where i18n/fiefs_<language>.ts has a finished translation of it}."""
    found: dict[str, set[str]] = {}
    for context in ET.parse(REPO / "i18n" / f"fiefs_{language}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") is None and (translation.text or "").strip():
                found.setdefault(message.findtext("source"), set()).add(context.findtext("name"))
    return found


def still_english(english, translated, language) -> list[str]:
    """The texts that a translator for ``language`` left in English; for each, whether the
    .ts translates that source under another context (a context mismatch) or not at all."""
    contexts = _ts_contexts(language)
    out = []
    for (alg, what), text in translated.items():
        if text != english[(alg, what)] or (alg, what, language) in SAME_ALLOWED:
            continue
        # Enum options and outputs: single words may be the same (Bonferroni, Quantiles).
        if not _is_required(what) and len(WORD.findall(text)) <= 1:
            continue
        where = contexts.get(text)
        why = f"translated in the .ts under {sorted(where)}: runtime context differs" if where else "not translated"
        out.append(f"{alg} {what}: {text[:70]!r} ({why})")
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_algorithm_text_is_translated(english, language):
    translator = install_translator(language)
    assert translator is not None, f"fiefs_{language}.qm could not be installed"
    try:
        translated = _texts()
    finally:
        remove_translator(translator)
    assert translated.keys() == english.keys()
    same = still_english(english, translated, language)
    assert not same, f"{len(same)} texts still in English with fiefs_{language}.qm:\n" + "\n".join(same)
    # Every algorithm was really translated, not only its group.
    for module_name, _ in ALGORITHMS:
        alg = f"fiefs:{module_name}"
        assert translated[(alg, "shortHelpString")] != english[(alg, "shortHelpString")]


def test_a_wrong_context_is_caught(english, monkeypatch):
    """If the algorithms translated under another context than the .ts records, the check
    above would fail and name the context mismatch."""
    from fiefs_plugin.processing.base import FiefsAlgorithm

    monkeypatch.setattr(FiefsAlgorithm, "tr", lambda self, text: QCoreApplication.translate("Elsewhere", text))
    translator = install_translator("fr")
    try:
        translated = _texts()
    finally:
        remove_translator(translator)
    same = still_english(english, translated, "fr")
    assert "fiefs:swing displayName: 'Swing between two elections' (translated in the .ts under ['SwingAlgorithm']: " \
           "runtime context differs)" in same
    # The group comes from translate("FiefsAlgorithm", ...), not from tr(): still translated.
    assert not any(" group:" in line for line in same)


def test_translator_is_removed_again(english):
    """After a language run the English texts come back (the tests leave no translator)."""
    translator = install_translator("fr")
    remove_translator(translator)
    assert _texts() == english
