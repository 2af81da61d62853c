"""Shared fixtures: the bundled content, read once, and each output built once per test run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from focusreport import Language, bundled_content_dir
from focusreport.builder import output_name, render
from focusreport.content import Content, read_content
from focusreport.output import write_atomic
from focusreport.writers import Registry, discover

Built = Callable[[str, Language], Path]


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
