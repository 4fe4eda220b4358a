"""The extractor's rule classes are long; a second class attribute or method of one name silently replaces the
first (the first's rule never runs). These tests keep every name bound once per class body and module."""

import ast
from pathlib import Path

import pytest

EXTRACT = Path(__file__).resolve().parent.parent / "loaders" / "extract"
SOURCES = sorted(EXTRACT.rglob("*.py"))


def _bound_twice(body: list[ast.stmt]) -> list[str]:
    seen: dict[str, int] = {}
    twice = []
    for node in body:
        names = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if any(isinstance(d, ast.Attribute) and d.attr in ("setter", "deleter") for d in node.decorator_list):
                continue  # a property's setter rebinds its name on purpose
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen.setdefault(name, node.lineno)
    return twice


def test_the_extractor_sources_are_found():
    assert len(SOURCES) > 10
    assert any(p.parent.name == "statements" for p in SOURCES)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(EXTRACT)))
def test_no_name_is_bound_twice_in_a_class_or_module(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [f"module: {n}" for n in _bound_twice(tree.body)]
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            found += [f"{node.name}: {n}" for n in _bound_twice(node.body)]
    assert not found, f"{path.name}: " + "; ".join(found)


def test_the_check_catches_a_shadowed_method():
    tree = ast.parse(
        "class A:\n    X = 1\n    def f(self):\n        pass\n    X = 2\n    def f(self, y):\n        pass\n"
    )
    assert _bound_twice(tree.body[0].body) == ["X (lines 2 and 5)", "f (lines 3 and 6)"]
