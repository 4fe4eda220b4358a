"""The Neo4j Browser style sheet and guide agree with ``schema/`` and with what the generator writes."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest

from graph.queries_guide import GUIDE_QUERIES
from schema import MODEL, NodeKind
from schema.browser import (
    GRASS_PATH,
    GUIDE_PATH,
    main,
    node_labels,
    node_styles,
    params_command,
    render_grass,
    render_guide,
)


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """Read a GraSS sheet as Neo4j Browser does: ``selector { prop: value; ... }``, braces in quotes are text."""
    rules: dict[str, dict[str, str]] = {}
    selector, body, in_body, quote = "", "", False, False
    for ch in text:
        if ch == '"':
            quote = not quote
        if not quote and ch == "{":
            assert not in_body, f"nested rule after {selector!r}"
            in_body = True
        elif not quote and ch == "}":
            props = {}
            for decl in body.split(";"):
                if decl.strip():
                    key, _, value = decl.partition(":")
                    props[key.strip()] = value.strip()
            rules[selector.strip()] = props
            selector, body, in_body = "", "", False
        elif in_body:
            body += ch
        else:
            selector += ch
    assert not in_body and not quote and not selector.strip(), "unterminated rule"
    return rules


def test_every_label_of_the_model_has_a_colour_size_and_caption():
    rules = parse_grass(GRASS_PATH.read_text(encoding="utf-8"))
    labels = {label for kind in MODEL.nodes.values() for label in kind.labels}
    assert labels <= set(node_labels())
    for label in labels:
        rule = rules.get(f"node.{label}")
        assert rule is not None, f"no style for label {label}"
        assert re.fullmatch(r"#[0-9A-F]{6}", rule["color"]), (label, rule)
        assert re.fullmatch(r"\d+px", rule["diameter"]), (label, rule)
        expected = "name" if label == "Entity" else MODEL.nodes[label].caption
        assert rule["caption"] == f'"{{{expected}}}"', (label, rule)


def test_every_relationship_type_has_a_caption():
    rules = parse_grass(GRASS_PATH.read_text(encoding="utf-8"))
    for rel_type in MODEL.relationships:
        assert rules[f"relationship.{rel_type}"]["caption"].strip('"'), rel_type


def test_kinds_are_told_apart_by_colour():
    colours = [style["color"] for label, style in node_styles().items() if label != "Entity"]
    assert len(colours) == len(set(colours))


def test_the_kind_rule_comes_after_the_shared_entity_rule():
    """Browser applies matching rules in order: the kind's colour must override ``Entity``'s."""
    selectors = list(parse_grass(render_grass()))
    for kind in MODEL.entity_kinds:
        assert selectors.index("node.Entity") < selectors.index(f"node.{kind.label}")


def test_a_label_without_a_style_is_an_error():
    extra = NodeKind(label="Sanction", key="id", properties=dict(MODEL.nodes["Ban"].properties))
    model = dataclasses.replace(MODEL, nodes={**MODEL.nodes, "Sanction": extra})
    with pytest.raises(KeyError, match="Sanction"):
        render_grass(model)


def test_checked_in_files_are_what_the_generator_writes():
    assert GRASS_PATH.read_text(encoding="utf-8") == render_grass(), "run `python -m schema.browser`"
    assert GUIDE_PATH.read_text(encoding="utf-8") == render_guide(), "run `python -m schema.browser`"
    assert main(["--check"]) == 0


class _GuideReader(HTMLParser):
    """Collects the guide's structure: the element path of each slide and the text of runnable blocks."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.slides = 0
        self.titles: list[str] = []
        self.runnable: list[str] = []
        self._pre: list[str] | None = None
        self._h3: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.stack.append(tag)
        if tag == "slide":
            assert self.stack[-3:-1] == ["article", "carousel"], self.stack
            self.slides += 1
        if tag == "pre" and "runnable" in (attrs.get("class") or "").split():
            assert attrs.get("mode") == "cypher"
            self._pre = []
        if tag == "h3":
            self._h3 = []

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack)
        self.stack.pop()
        if tag == "pre" and self._pre is not None:
            self.runnable.append("".join(self._pre))
            self._pre = None
        if tag == "h3" and self._h3 is not None:
            self.titles.append("".join(self._h3))
            self._h3 = None

    def handle_data(self, data):
        if self._pre is not None:
            self._pre.append(data)
        if self._h3 is not None:
            self._h3.append(data)


@pytest.fixture(scope="module")
def guide() -> _GuideReader:
    reader = _GuideReader()
    text = GUIDE_PATH.read_text(encoding="utf-8")
    assert '<article class="guide">' in text
    reader.feed(text)
    reader.close()
    assert reader.stack == []
    return reader


def test_guide_is_a_browser_carousel_with_one_slide_per_saved_query(guide):
    assert guide.slides >= len(GUIDE_QUERIES) + 2
    for query in GUIDE_QUERIES:
        assert query.title in guide.titles


def test_guide_runs_the_catalog_statements_with_their_example_parameters(guide):
    """The runnable text (after HTML unescaping) is exactly the catalog's Cypher, not a copy that can drift."""
    for query in GUIDE_QUERIES:
        assert query.statement.cypher in guide.runnable, query.statement.name
        used = set(re.findall(r"\$(\w+)", query.statement.cypher))
        assert used == set(query.params), (query.statement.name, used, query.params)
        if query.params:
            assert params_command(query.params) in guide.runnable


def test_guide_walks_through_every_kind_and_relationship():
    text = GUIDE_PATH.read_text(encoding="utf-8")
    for label in MODEL.nodes:
        assert f":{label}</code>" in text, label
    for rel_type in MODEL.relationships:
        assert f"<code>:{rel_type}</code>" in text, rel_type


def test_params_command_quotes_values_as_cypher_literals():
    assert params_command({"target": 'a "quoted" id', "n": 3, "ok": True}) == (
        ':params {target: "a \\"quoted\\" id", n: 3, ok: true}'
    )
    with pytest.raises(TypeError):
        params_command({"bad": object()})
