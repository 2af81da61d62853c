"""Fluent strings, strictly: a syntax error, a duplicate id or a missing message is an error.

fluent.runtime on its own turns syntax errors into silent Junk, keeps the first of two
messages with the same id, and prints the id of a missing message. None of that may reach
a reader, so this module parses with spans, reports each problem with its line, and
formats through ``FluentBundle`` with every formatting error raised.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import attrs
import babel
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast

from focusreport.errors import ContentError, Problem

PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
_IDENTIFIER = re.compile(r"-?[a-zA-Z][\w-]*")


@attrs.frozen
class MessageSource:
    """Where a message and each of its attributes is written."""

    id: str
    path: Path
    line: int
    attribute_lines: Mapping[str, int]
    has_value: bool

    def line_of(self, attribute: str | None) -> int:
        """The line of the value, or of ``attribute`` when given."""
        return self.line if attribute is None else self.attribute_lines.get(attribute, self.line)


class Strings:
    """The messages of one language, read from one or more ``.ftl`` files.

    Writers receive the library's ``Strings`` and call :meth:`format` for every word
    they print that does not come from the report itself.
    """

    def __init__(self, locale: str, files: Iterable[tuple[Path, str]]) -> None:
        self.locale = locale
        self.sources: dict[str, MessageSource] = {}
        self.problems: list[Problem] = []
        self.paths: list[Path] = []
        self._entries: dict[str, ast.Message | ast.Term] = {}
        self._bundle = FluentBundle([locale], use_isolating=False)
        plural_tags = _plural_categories(locale)
        for path, text in files:
            self._add(path, text, plural_tags)

    @classmethod
    def from_folder(cls, locale: str, folder: Path) -> Strings:
        """Read every ``.ftl`` file in ``folder``, in name order."""
        paths = sorted(folder.glob("*.ftl"))
        if not paths:
            raise ContentError([Problem(folder, None, "", f"no .ftl files for {locale}")])
        return cls(locale, [(path, path.read_text(encoding="utf-8")) for path in paths])

    def _add(self, path: Path, text: str, plural_tags: frozenset[str]) -> None:
        self.paths.append(path)
        lines = _LineIndex(text)
        # Parsing with spans costs half as much again; the lines of valid files come from a
        # quick index of where entries start, checked against the parser. Junk, a plural
        # selector lacking a category, or any disagreement takes the exact way, with spans.
        resource = FluentParser(with_spans=False).parse(text)
        places = _quick_places(text, resource, lines)
        if places is None or any(
            _plural_gap(select, plural_tags)
            for entry in resource.body
            if isinstance(entry, ast.Message | ast.Term)
            for select in _selects(entry)
        ):
            resource = FluentParser(with_spans=True).parse(text)
            places = _span_places(resource, lines)
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                assert entry.span is not None
                reason = "; ".join(str(annotation.message) for annotation in entry.annotations)
                leading = _IDENTIFIER.match(str(entry.content))
                field = leading.group(0) if leading else ""
                self.problems.append(Problem(path, lines.line(entry.span.start), field, f"Fluent syntax error: {reason}"))
            elif isinstance(entry, ast.Message | ast.Term):
                name = entry.id.name if isinstance(entry, ast.Message) else f"-{entry.id.name}"
                line, attribute_lines = places[id(entry)]
                if name in self.sources:
                    first = self.sources[name]
                    self.problems.append(
                        Problem(path, line, name, f"duplicate message id (first defined at {first.path.name}:{first.line})")
                    )
                    continue
                self.sources[name] = MessageSource(name, path, line, attribute_lines, entry.value is not None)
                self._entries[name] = entry
                for select in _selects(entry):
                    self._check_plurals(select, path, lines, name, plural_tags)
        self._bundle.add_resource(resource)

    def _check_plurals(self, select: ast.SelectExpression, path: Path, lines: _LineIndex, name: str, plural_tags: frozenset[str]) -> None:
        needed = _plural_gap(select, plural_tags)
        if needed:
            line = lines.line(select.span.start) if select.span else None
            self.problems.append(Problem(path, line, name, f"plural selector lacks the {self.locale} categories: {needed}"))

    def describe(self) -> str:
        """The files these strings come from, for messages."""
        return ", ".join(path.name for path in self.paths) or f"the {self.locale} strings"

    def literal_text(self, message_id: str, attribute: str | None = None) -> str:
        """The words of a message as written, without its placeables: what figure checks compare."""
        entry = self._entries[message_id]
        pattern = entry.value if attribute is None else next(a.value for a in entry.attributes if a.id.name == attribute)
        if pattern is None:
            return ""
        return "".join(element.value for element in pattern.elements if isinstance(element, ast.TextElement))

    def has(self, message_id: str, attribute: str | None = None) -> bool:
        """Whether the message (and the attribute, when given) exists."""
        source = self.sources.get(message_id)
        if source is None:
            return False
        return source.has_value if attribute is None else attribute in source.attribute_lines

    def attributes(self, message_id: str) -> tuple[str, ...]:
        """The names of the attributes of a message, in the order written."""
        return tuple(self.sources[message_id].attribute_lines)

    def format(self, message_id: str, attribute: str | None = None, /, **args: object) -> str:
        """Format a message or one of its attributes; any problem raises :class:`ContentError`."""
        field = message_id if attribute is None else f"{message_id}.{attribute}"
        source = self.sources.get(message_id)
        if source is None or not self.has(message_id, attribute):
            where = source.path if source else None
            line = source.line if source else None
            raise ContentError([Problem(where, line, field, f"no such message in {self.locale}")])
        message = self._bundle.get_message(message_id)
        pattern = message.value if attribute is None else message.attributes[attribute]
        assert pattern is not None
        text, errors = self._bundle.format_pattern(pattern, dict(args))
        if errors:
            reason = "; ".join(str(error) for error in errors)
            raise ContentError([Problem(source.path, source.line_of(attribute), field, f"cannot be formatted: {reason}")])
        return str(text)

    def plural_category(self, count: int | float) -> str:
        """The CLDR plural category of ``count`` in this language (``few`` for 3 in Welsh)."""
        return str(self._bundle._plural_form(count))


def _plural_categories(locale: str) -> frozenset[str]:
    rules = babel.Locale.parse(locale.replace("-", "_")).plural_form
    return frozenset(rules.tags) | {"other"}


def _plural_gap(select: ast.SelectExpression, plural_tags: frozenset[str]) -> str:
    """The plural categories of the language that a plural selector lacks, or ``""``."""
    keys = {variant.key.name for variant in select.variants if isinstance(variant.key, ast.Identifier)}
    if not keys & (set(PLURAL_CATEGORIES) - {"other"}):
        return ""
    return ", ".join(tag for tag in PLURAL_CATEGORIES if tag in plural_tags and tag not in keys)


Places = dict[int, tuple[int, dict[str, int]]]  # by id() of the entry
_ENTRY_START = re.compile(r"^(-?[a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=", re.MULTILINE)
_ATTRIBUTE_START = re.compile(r"^[ \t]+\.([a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=", re.MULTILINE)


def _span_places(resource: ast.Resource, lines: _LineIndex) -> Places:
    """The line of each entry and of its attributes, from a resource parsed with spans."""
    places: Places = {}
    for entry in resource.body:
        if isinstance(entry, ast.Message | ast.Term):
            assert entry.span is not None
            attributes = {attribute.id.name: lines.line(attribute.span.start) for attribute in entry.attributes if attribute.span}
            places[id(entry)] = (lines.line(entry.span.start), attributes)
    return places


def _quick_places(text: str, resource: ast.Resource, lines: _LineIndex) -> Places | None:
    """The same lines as :func:`_span_places` would give, from where entries start in ``text``.

    Entries start at the beginning of a line and attributes on an indented line starting
    with a dot; ``None`` when the file has junk or the starts found differ from the parser's.
    A message with a comment starts, as the parser counts it, on the comment's first line.
    """
    entries: list[ast.Message | ast.Term] = []
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            return None
        if isinstance(entry, ast.Message | ast.Term):
            entries.append(entry)
    starts = list(_ENTRY_START.finditer(text))
    if len(starts) != len(entries):
        return None
    places: Places = {}
    for index, (entry, start) in enumerate(zip(entries, starts, strict=True)):
        name = entry.id.name if isinstance(entry, ast.Message) else f"-{entry.id.name}"
        if start.group(1) != name:
            return None
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        found = [(match.group(1), match.start()) for match in _ATTRIBUTE_START.finditer(text, start.start(), end)]
        if [attribute for attribute, _ in found] != [attribute.id.name for attribute in entry.attributes]:
            return None
        line = lines.line(start.start())
        if entry.comment is not None:
            line -= (entry.comment.content or "").count("\n") + 1
        places[id(entry)] = (line, {attribute: lines.line(offset) for attribute, offset in found})
    return places


def _selects(node: ast.Message | ast.Term) -> Iterable[ast.SelectExpression]:
    found: list[ast.SelectExpression] = []
    patterns = [node.value, *(attribute.value for attribute in node.attributes)]
    if not any(isinstance(element, ast.Placeable) for pattern in patterns if pattern is not None for element in pattern.elements):
        return found  # no placeable, no selector: skip the walk

    def visit(child: object) -> None:
        if isinstance(child, ast.SelectExpression):
            found.append(child)
        if isinstance(child, ast.BaseNode):
            for value in vars(child).values():
                for element in value if isinstance(value, list) else [value]:
                    visit(element)

    visit(node)
    return found


class _LineIndex:
    """Turns character offsets into 1-based line numbers."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)
