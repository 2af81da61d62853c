"""Which test code runs an external tool: read from the source, so that the tests need no marks by hand.

Every external checker or converter the tests use is reached through
``external.require`` (or ``external.find_tool``), directly or through a wrapper such
as ``external.epubcheck``. A function, fixture, class or module-level value "uses a
tool" when its source names one of those, or names something else in ``tests/``
that uses a tool, through any number of steps and across the test modules (an
import ``from external import epubcheck`` or ``import external`` is followed). A test
uses a tool when its function does, or when any fixture it depends on does.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

Key = tuple[str, str]
"""A module of tests/ by its file's stem, and a name defined in it (``Class.method`` for a method)."""

ROOTS: frozenset[Key] = frozenset({("external", "require"), ("external", "find_tool")})


class _Module:
    """The definitions of one module in tests/ and the names each refers to."""

    def __init__(self, name: str, tree: ast.Module, local_modules: frozenset[str]) -> None:
        self.name = name
        self.aliases: dict[str, Key] = {}  # from X import a as b: b -> (X, a)
        self.modules: dict[str, str] = {}  # import X as Y: Y -> X
        self.definitions: dict[str, list[ast.AST]] = {}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module in local_modules and node.level == 0:
                for alias in node.names:
                    self.aliases[alias.asname or alias.name] = (node.module, alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name in local_modules:
                        self.modules[alias.asname or alias.name] = alias.name
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                self.definitions.setdefault(node.name, []).append(node)
            elif isinstance(node, ast.ClassDef):
                self.definitions.setdefault(node.name, []).append(node)
                for member in node.body:
                    if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef):
                        self.definitions.setdefault(f"{node.name}.{member.name}", []).append(member)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    for part in ast.walk(target):
                        if isinstance(part, ast.Name):
                            self.definitions.setdefault(part.id, []).append(node)

    def references(self, name: str) -> Iterator[Key]:
        """What the definition of ``name`` (decorators included) refers to, as keys."""
        for definition in self.definitions[name]:
            for node in ast.walk(definition):
                if isinstance(node, ast.Name):
                    if node.id in self.aliases:
                        yield self.aliases[node.id]
                    elif node.id in self.definitions:
                        yield (self.name, node.id)
                elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in self.modules:
                    yield (self.modules[node.value.id], node.attr)


@functools.cache
def tool_users(folder: Path) -> frozenset[Key]:
    """Every definition in the modules of ``folder`` that uses an external tool."""
    files = sorted(folder.glob("*.py"))
    local = frozenset(path.stem for path in files)
    modules = [_Module(path.stem, tree, local) for path in files if (tree := _parsed(path)) is not None]
    graph = {(module.name, name): set(module.references(name)) for module in modules for name in module.definitions}
    using = set(ROOTS)
    changed = True
    while changed:
        changed = False
        for key, references in graph.items():
            if key not in using and not references.isdisjoint(using):
                using.add(key)
                changed = True
    return frozenset(using)


def _parsed(path: Path) -> ast.Module | None:
    """The module's syntax tree; None when it does not parse, which its own collection reports."""
    try:
        return ast.parse(path.read_text(encoding="utf-8"), str(path))
    except (SyntaxError, ValueError, OSError):
        return None
