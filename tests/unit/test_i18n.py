"""The translation files (i18n/*.ts) are complete and safe to use at run time.

Every message has a translation; the translation keeps the source's format placeholders
({name}, {n:.1f}, %1, %n), HTML markup and edge whitespace (strings are concatenated and
formatted after translation); and no sentence was left in English. Pure Python: the .ts
files are read as XML; compiling them needs lrelease (Qt's tool) and is skipped without it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import REPO

I18N = REPO / "i18n"
TS_FILES = sorted(I18N.glob("fiefs_*.ts"))
LANGUAGES = [ts.stem.split("_", 1)[1] for ts in TS_FILES]

# Languages whose translator has not finished yet: their completeness tests are expected to
# fail (strict: once the file is complete they pass, XPASS fails, and the entry must go).
IN_PROGRESS: dict[str, str] = {}

# {name}, {n:.1f}, {value!r} (no spaces inside), Qt's %1..%99, %L1, %n.
PLACEHOLDER = re.compile(r"\{[^{}\s]*\}|%L?\d{1,2}|%n")
# HTML tags of the help texts (lower case; <P>, <code>-like pseudo-fields such as v_<P> or
# <QGIS profile> are text, which a translation may adapt).
TAG = re.compile(r"</?(?:p|br|b|i|u|em|strong|sub|sup|h[1-6]|ul|ol|li|a|span|div|table|tr|td|th|pre|tt)"
                 r"(?:\s[^<>]*)?/?>")
ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
WORD = re.compile(r"[^\W\d_]{2,}")
GLOB = re.compile(r"\*\.\w+")
# Sources that may stay as they are in a translation although they have more than 3 words
# (proper names, identifiers, file filters). Keep it short and say why.
SAME_ALLOWED: set[str] = set()


def _messages(ts):
    """(context, source, translation element) of every message of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation")


def _translated(ts):
    """(context, source, translation text) of the finished messages."""
    for context, source, translation in _messages(ts):
        if translation is not None and translation.get("type") is None and (translation.text or "").strip():
            yield context, source, translation.text


def _lang_params(completeness: bool):
    params = []
    for lang, ts in zip(LANGUAGES, TS_FILES):
        marks = []
        if completeness and lang in IN_PROGRESS:
            marks.append(pytest.mark.xfail(strict=True, reason=IN_PROGRESS[lang]))
        params.append(pytest.param(ts, id=lang, marks=marks))
    return params


def _words(text: str) -> list[str]:
    """The words of a text, leaving out placeholders, markup, file patterns (*.pdf) and
    upper-case ids or acronyms (INPUT, PDF, GAL), which stay as they are in any language."""
    text = PLACEHOLDER.sub(" ", TAG.sub(" ", ENTITY.sub(" ", GLOB.sub(" ", text))))
    return [word for word in WORD.findall(text) if not word.isupper()]


def test_translation_files_exist():
    assert {"fr", "ar"} <= set(LANGUAGES), f"i18n/ has {LANGUAGES}"


def test_files_hold_the_same_messages():
    """pylupdate5 updates every .ts at once: they must list the same (context, source) pairs."""
    keys = {ts.stem: Counter((c, s) for c, s, _ in _messages(ts)) for ts in TS_FILES}
    first, *others = keys
    for other in others:
        missing = keys[first] - keys[other]
        extra = keys[other] - keys[first]
        assert not missing and not extra, f"{other} differs from {first}: missing {list(missing)[:5]}, extra {list(extra)[:5]}"


def untranslated(ts) -> list[tuple[str, str, str]]:
    bad = []
    for context, source, translation in _messages(ts):
        if translation is None:
            bad.append((context, source, "no <translation>"))
        elif translation.get("type") is not None:
            bad.append((context, source, f"type={translation.get('type')}"))
        elif not (translation.text or "").strip():
            bad.append((context, source, "empty"))
    return bad


def placeholder_problems(ts) -> list[tuple[str, str, str]]:
    return [(c, s, f"{sorted(PLACEHOLDER.findall(s))} -> {sorted(PLACEHOLDER.findall(t))}")
            for c, s, t in _translated(ts)
            if Counter(PLACEHOLDER.findall(s)) != Counter(PLACEHOLDER.findall(t))]


def markup_problems(ts) -> list[tuple[str, str, str]]:
    """Help texts are HTML (tags and entities must survive); fragments joined to others keep
    their leading or trailing space."""
    bad = []
    for context, source, text in _translated(ts):
        if Counter(TAG.findall(source)) != Counter(TAG.findall(text)):
            bad.append((context, source, "HTML tags"))
        if Counter(ENTITY.findall(source)) != Counter(ENTITY.findall(text)):
            bad.append((context, source, "HTML entities"))
        if source[:1].isspace() != text[:1].isspace() or source[-1:].isspace() != text[-1:].isspace():
            bad.append((context, source, "leading or trailing whitespace"))
    return bad


def left_in_english(ts) -> list[tuple[str, str, str]]:
    """A translation identical to a source of more than 3 words was not translated."""
    return [(c, s, "same as the source") for c, s, t in _translated(ts)
            if t.strip() == s.strip() and len(_words(s)) > 3 and s not in SAME_ALLOWED]


def _report(ts, problems) -> str:
    return f"{ts.name}: {len(problems)} messages, e.g. " + "; ".join(
        f"[{c}] {s[:60]!r}: {why}" for c, s, why in problems[:10])


@pytest.mark.parametrize("ts", _lang_params(completeness=True))
def test_every_message_is_translated(ts):
    problems = untranslated(ts)
    assert not problems, _report(ts, problems)


@pytest.mark.parametrize("ts", _lang_params(completeness=False))
def test_placeholders_are_kept(ts):
    problems = placeholder_problems(ts)
    assert not problems, _report(ts, problems)


@pytest.mark.parametrize("ts", _lang_params(completeness=False))
def test_markup_and_edge_whitespace_are_kept(ts):
    problems = markup_problems(ts)
    assert not problems, _report(ts, problems)


@pytest.mark.parametrize("ts", _lang_params(completeness=False))
def test_nothing_is_left_in_english(ts):
    problems = left_in_english(ts)
    assert not problems, _report(ts, problems)


BAD_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Ctx</name>
    <message><source>Reading {n} units…</source><translation>Lecture de {count} unités…</translation></message>
    <message><source>Choose %1 and %n</source><translation>Choisir %1</translation></message>
    <message><source>&lt;p&gt;Help &amp;Sigma; text&lt;/p&gt;</source><translation>Aide &amp;Sigma; texte</translation></message>
    <message><source> and in the store</source><translation>et dans la base</translation></message>
    <message><source>Give at least one joined layer.</source><translation>Give at least one joined layer.</translation></message>
    <message><source>Group field</source><translation type="unfinished"></translation></message>
    <message><source>Units</source><translation></translation></message>
    <message><source>PDF (*.pdf);;PNG (*.png)</source><translation>PDF (*.pdf);;PNG (*.png)</translation></message>
</context>
</TS>
"""


def test_the_checks_find_each_problem(tmp_path):
    ts = tmp_path / "fiefs_xx.ts"
    ts.write_text(BAD_TS, encoding="utf-8")
    assert [s for _, s, _ in untranslated(ts)] == ["Group field", "Units"]
    assert [s for _, s, _ in placeholder_problems(ts)] == ["Reading {n} units…", "Choose %1 and %n"]
    assert [(s, why) for _, s, why in markup_problems(ts)] == [
        ("<p>Help &Sigma; text</p>", "HTML tags"), (" and in the store", "leading or trailing whitespace")]
    assert [s for _, s, _ in left_in_english(ts)] == ["Give at least one joined layer."]


def test_the_checks_can_fail():
    """The patterns above recognise what they must (a check that matches nothing passes
    everything)."""
    assert Counter(PLACEHOLDER.findall("{n} unit(s) in {share:.1%}, %1 and %n {value!r}")) == Counter(
        ["{n}", "{share:.1%}", "%1", "%n", "{value!r}"])
    assert PLACEHOLDER.findall("Parts (0 = all; a {b c} d)") == []
    assert TAG.findall("<p>x<sub>i</sub> <b>y</b><br>&lt;P&gt; v_<P> <QGIS profile></p>") == [
        "<p>", "<sub>", "</sub>", "<b>", "</b>", "<br>", "</p>"]
    assert ENTITY.findall("&Sigma; &#563; &lt; & x") == ["&Sigma;", "&#563;", "&lt;"]
    assert _words("Run {algorithm} first, then 'Join results'") == ["Run", "first", "then", "Join", "results"]
    assert _words("LQ {lq:.2f} < {limit:g}; PDF (*.pdf);;PNG (*.png)") == []


def _lrelease() -> str | None:
    found = shutil.which("lrelease")
    if found:
        return found
    return "/usr/lib/qt5/bin/lrelease" if Path("/usr/lib/qt5/bin/lrelease").exists() else None


@pytest.mark.skipif(_lrelease() is None, reason="lrelease (Qt tools) not installed")
@pytest.mark.parametrize("ts", _lang_params(completeness=True))
def test_lrelease_compiles_every_message(ts, tmp_path):
    lrelease = _lrelease()
    qm = tmp_path / (ts.stem + ".qm")
    done = subprocess.run([lrelease, str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert qm.stat().st_size > 0
    counts = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", done.stdout)
    assert counts, done.stdout
    total = sum(1 for _ in _messages(ts))
    assert (int(counts[1]), int(counts[3])) == (total, 0), done.stdout


# An angle-bracket word that is not one of the HTML tags above: Qt's rich text (the Processing
# help panel, labels that guess rich text, the message log) takes it for a tag and drops it,
# so "v_<P>" would show as "v_". Pseudo-fields are written with ‹ › instead.
PSEUDO_TAG = re.compile(r"<[A-Za-z][^<>]*>")


def pseudo_tags(ts) -> list[tuple[str, str, str]]:
    problems = []
    for context, source, translation in _messages(ts):
        for label, text in (("source", source), ("translation", translation.text if translation is not None else "")):
            found = PSEUDO_TAG.findall(TAG.sub(" ", text or ""))
            if found:
                problems.append((context, text, f"{label} has {found[0]!r}, which rich text would swallow"))
    return problems


@pytest.mark.parametrize("ts", _lang_params(completeness=False))
def test_no_pseudo_tags_that_rich_text_would_swallow(ts):
    problems = pseudo_tags(ts)
    assert not problems, _report(ts, problems)


def test_pseudo_tag_check_can_fail():
    assert PSEUDO_TAG.findall(TAG.sub(" ", "<p>v_<P> and <QGIS profile>, <b>x</b> v_‹P›</p>")) == [
        "<P>", "<QGIS profile>"]
