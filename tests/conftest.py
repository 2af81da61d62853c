"""Shared fixtures: the bundled content, read once, and each output built once per test run.

Every test that runs an external tool (EPUBCheck, Ace, axe in Chromium, LibreOffice,
pandoc, poppler, liblouis: anything reached through ``external.require``) is marked ``tools``
here, from its source and its fixtures' (:mod:`toolmarks`), so that
``pytest -m "not tools"`` runs the rest quickly. A test that is not marked and still
asks for a tool fails and says so, rather than running it.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import external
import toolmarks
from focusreport import Language, bundled_content_dir, parsecache
from focusreport.builder import output_name, render
from focusreport.content import Content, read_content
from focusreport.output import write_atomic
from focusreport.writers import Registry, discover

Built = Callable[[str, Language], Path]


@pytest.fixture(autouse=True, scope="session")
def _parse_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Parsed Fluent files are kept in a folder of this run (each pytest process its own), never the user's cache."""
    before = os.environ.get(parsecache.ENVIRONMENT)
    os.environ[parsecache.ENVIRONMENT] = str(tmp_path_factory.mktemp("parse-cache"))
    yield
    if before is None:
        del os.environ[parsecache.ENVIRONMENT]
    else:
        os.environ[parsecache.ENVIRONMENT] = before


@pytest.fixture(scope="session")
def content() -> Content:
    return read_content(bundled_content_dir())


@pytest.fixture(scope="session")
def registry() -> Registry:
    return discover()


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, content: Content, registry: Registry) -> Built:
    """``built("epub", Language.CY)`` is the path of the bundled report in that format, built once."""
    folder = tmp_path_factory.mktemp("built")
    cache: dict[tuple[str, Language], Path] = {}

    def get(format_name: str, language: Language) -> Path:
        key = (format_name, language)
        if key not in cache:
            writer = registry.get(format_name)
            options = registry.resolve_options(writer, {})
            names = {other: output_name(content.spec.id, writer, other) for other in content.languages}
            links = {other: name for other, name in names.items() if other != language}
            data = render(content.report(language), writer, content.library[language], options, links)
            path = folder / names[language]
            write_atomic(path, data)
            cache[key] = path
        return cache[key]

    return get


TESTS = Path(__file__).resolve().parent
TOOLS = "tools"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark ``tools`` every test whose function or fixtures use an external tool, before ``-m`` selects."""
    users = toolmarks.tool_users(TESTS)
    for item in items:
        if isinstance(item, pytest.Function) and any(key in users for key in _keys(item)):
            item.add_marker(TOOLS)


def _keys(item: pytest.Function) -> Iterator[toolmarks.Key]:
    """The test's function and every fixture it depends on, as (module, name) in tests/."""
    functions = [item.function]
    for definitions in item._fixtureinfo.name2fixturedefs.values():
        functions.extend(definition.func for definition in definitions)
    for wrapped in functions:
        function = inspect.unwrap(wrapped)
        source = inspect.getsourcefile(function)
        if source is not None and Path(source).resolve().parent == TESTS:
            yield (Path(source).stem, function.__qualname__)


@pytest.fixture(autouse=True)
def _tools_only_when_marked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that runs a tool without the ``tools`` mark fails, naming the tool, instead of running it."""
    if request.node.get_closest_marker(TOOLS) is not None:
        return

    def refuse(tool_name: str) -> str | None:
        pytest.fail(
            f"{request.node.nodeid} uses the external tool {tool_name!r} but is not marked {TOOLS!r}: "
            "reach the tool through tests/external.py so that tests/conftest.py marks it, or mark it @pytest.mark.tools",
            pytrace=False,
        )

    monkeypatch.setattr(external, "find_tool", refuse)
