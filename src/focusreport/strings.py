"""Fluent strings, strictly: a syntax error, a duplicate id or a missing message is an error.

fluent.runtime on its own turns syntax errors into silent Junk, keeps the first of two
messages with the same id, and prints the id of a missing message. None of that may reach
a reader, so this module parses with spans, reports each problem with its line, and
formats through ``FluentBundle`` with every formatting error raised.

What Fluent cannot read or format safely (placeables nested too deep, messages that refer
to themselves, see :mod:`focusreport.fluentlimits`) is a problem here too, with its line,
and never reaches Fluent; so is an invisible character that changes the direction of
text where the language has no use for it (:mod:`focusreport.bidi`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import attrs
import babel
from fluent.runtime import FluentBundle
from fluent.syntax import ast

from focusreport import bidi, fluentlimits
from focusreport.errors import ContentError, Problem
from focusreport.languages import RIGHT_TO_LEFT, direction
from focusreport.textfile import read_text, without_bom

PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
_IDENTIFIER = re.compile(r"-?[a-zA-Z][\w-]*")
_ESCAPE = re.compile(r"\\[uU]")


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
        self.withheld: dict[str, Problem] = {}
        """Entries left unread because they nest too deep, by id, with the problem that says so."""
        self.right_to_left = direction(locale) == RIGHT_TO_LEFT
        self._entries: dict[str, ast.Message | ast.Term] = {}
        self._bundle = FluentBundle([locale], use_isolating=False)
        plural_tags = _plural_categories(locale)
        for path, text in files:
            self._add(path, text, plural_tags)
        self._unformattable = self._find_unformattable()

    @classmethod
    def from_folder(cls, locale: str, folder: Path) -> Strings:
        """Read every ``.ftl`` file in ``folder``, in name order."""
        paths = sorted(folder.glob("*.ftl"))
        if not paths:
            raise ContentError([Problem(folder, None, "", f"no .ftl files for {locale}")])
        texts, problems = read_files(paths)
        if problems:
            raise ContentError(problems)
        return cls(locale, texts)

    def _add(self, path: Path, text: str, plural_tags: frozenset[str]) -> None:
        self.paths.append(path)
        text, withheld = fluentlimits.withhold_deep(without_bom(text))
        needs_spans = bidi.CONTROLS.search(text) is not None or _ESCAPE.search(text) is not None
        # Parsing with spans costs half as much again; the lines of valid files come from a
        # quick index of where entries start, checked against the parser. Junk, a plural
        # selector lacking a category, or any disagreement takes the exact way, with spans.
        # A direction control or an escape needs spans too, to place each one exactly.
        resource, text, more = fluentlimits.parse(text, with_spans=needs_spans)
        withheld += more
        lines = _LineIndex(text)
        if needs_spans:
            places = _span_places(resource, lines)
        else:
            quick = _quick_places(text, resource, lines)
            if quick is None or any(
                _plural_gap(select, plural_tags)
                for entry in resource.body
                if isinstance(entry, ast.Message | ast.Term)
                for select in _selects(entry)
            ):
                resource, text, more = fluentlimits.parse(text, with_spans=True)
                withheld += more
                lines = _LineIndex(text)
                quick = _span_places(resource, lines)
            places = quick
        for held in withheld:
            problem = Problem(
                path,
                held.line,
                held.name,
                f"placeables are nested more than {fluentlimits.MAX_NESTING} deep here; Fluent cannot read so deep a nesting: simplify it",
            )
            self.problems.append(problem)
            self.withheld.setdefault(held.name, problem)
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
        if needs_spans:
            self.problems += _direction_problems(path, text, resource, lines, self.right_to_left)
        self._bundle.add_resource(resource)

    def _find_unformattable(self) -> dict[tuple[str, str | None], Problem]:
        """Each pattern Fluent cannot format, with the one problem that explains it (reported once, where it lies)."""
        found: dict[tuple[str, str | None], Problem] = {}
        for node, fault in fluentlimits.unformattable(self._entries, self.withheld).items():
            name, attribute = fault.root
            if name in self.withheld:
                found[node] = self.withheld[name]
                continue
            source = self.sources[name]
            problem = Problem(source.path, source.line_of(attribute), fluentlimits.field_name(fault.root), fault.reason)
            if problem not in found.values():
                self.problems.append(problem)
            found[node] = problem
        return found

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

    def written_words(self, message_id: str, attribute: str | None = None) -> str:
        """The words of a message as written, every variant of its selectors included: what the spelling check reads."""
        entry = self._entries[message_id]
        pattern = entry.value if attribute is None else next(a.value for a in entry.attributes if a.id.name == attribute)
        parts: list[str] = []
        stack: list[object] = [pattern]
        while stack:
            node = stack.pop()
            if isinstance(node, str):
                parts.append(node)
            elif isinstance(node, ast.Pattern):
                stack.extend(reversed(node.elements))
            elif isinstance(node, ast.TextElement):
                parts.append(node.value)
            elif isinstance(node, ast.Placeable):
                stack.append(node.expression)
            elif isinstance(node, ast.SelectExpression):  # each variant on a line of its own
                stack.extend(reversed([*(item for variant in node.variants for item in ("\n", variant.value)), "\n"]))
        return "".join(parts)

    def has(self, message_id: str, attribute: str | None = None) -> bool:
        """Whether the message (and the attribute, when given) exists."""
        source = self.sources.get(message_id)
        if source is None:
            return False
        return source.has_value if attribute is None else attribute in source.attribute_lines

    def arguments(self, message_id: str, attribute: str | None = None) -> dict[str, bool]:
        """The variables a message uses, each ``True`` when it is a number (a plural selector's, or a function's argument)."""
        entry = self._entries[message_id]
        pattern = entry.value if attribute is None else next(a.value for a in entry.attributes if a.id.name == attribute)
        found: dict[str, bool] = {}
        stack: list[tuple[object, bool]] = [(pattern, False)]
        while stack:
            node, number = stack.pop()
            if isinstance(node, ast.VariableReference):
                found[node.id.name] = found.get(node.id.name, False) or number
            elif isinstance(node, ast.SelectExpression):
                plural = any(isinstance(v.key, ast.NumberLiteral) or v.key.name in PLURAL_CATEGORIES for v in node.variants)
                stack.append((node.selector, plural))
                stack.extend((variant.value, False) for variant in node.variants)
            elif isinstance(node, ast.FunctionReference):
                stack.extend((argument, True) for argument in node.arguments.positional)
            elif isinstance(node, ast.BaseNode):
                for key, value in vars(node).items():
                    if key != "span":
                        stack.extend((child, number) for child in (value if isinstance(value, list) else [value]))
        return found

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
        fault = self._unformattable.get((message_id, attribute))
        if fault is not None:
            raise ContentError([fault])
        message = self._bundle.get_message(message_id)
        pattern = message.value if attribute is None else message.attributes[attribute]
        assert pattern is not None
        values, long = fluentlimits.tokenised(args)
        try:
            text, errors = self._bundle.format_pattern(pattern, values)
        except RecursionError:  # not expected after the checks of fluentlimits; never a traceback all the same
            errors = [ValueError(f"placeables nest more than {fluentlimits.MAX_NESTING} deep")]
            text = ""
        if errors:
            reason = "; ".join(dict.fromkeys(fluentlimits.reason(error) for error in errors))
            raise ContentError([Problem(source.path, source.line_of(attribute), field, f"cannot be formatted: {reason}")])
        result = str(text)
        for token, words in long.items():
            result = result.replace(token, words)
        return result

    def plural_category(self, count: int | float) -> str:
        """The CLDR plural category of ``count`` in this language (``few`` for 3 in Welsh)."""
        return str(self._bundle._plural_form(count))


def read_files(paths: Iterable[Path]) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """The text of each strings file, and the problem of each that cannot be read (not UTF-8, too large)."""
    texts: list[tuple[Path, str]] = []
    problems: list[Problem] = []
    for path in paths:
        text = read_text(path)
        if isinstance(text, Problem):
            problems.append(text)
        else:
            texts.append((path, text))
    return texts, problems


def _direction_problems(path: Path, text: str, resource: ast.Resource, lines: _LineIndex, right_to_left: bool) -> list[Problem]:
    """Direction controls the language may not use, written as they are or as escapes (``{"\\u202E"}``), each with its line."""
    problems: list[Problem] = []
    entries = [entry for entry in resource.body if entry.span is not None]
    starts = [entry.span.start for entry in entries if entry.span]
    for offset, message in bidi.refused(text, right_to_left):
        index = bisect.bisect_right(starts, offset) - 1
        field = _field_at(entries[index], offset) if index >= 0 else ""
        problems.append(Problem(path, lines.line(offset), field, message))
    for entry in entries:
        if isinstance(entry, ast.Message | ast.Term):
            for literal in _string_literals(entry):
                offset = literal.span.start if literal.span else 0
                for at, message in bidi.refused(literal.parse()["value"], right_to_left):
                    if literal.parse()["value"][at] not in literal.value:  # written as it is: found above
                        problems.append(Problem(path, lines.line(offset), _field_at(entry, offset), f"{message} (written as an escape)"))
    return list(dict.fromkeys(problems))


def _field_at(entry: ast.EntryType, offset: int) -> str:
    """The message (and attribute) of ``entry`` that ``offset`` lies in; ``""`` for a comment or junk."""
    if not isinstance(entry, ast.Message | ast.Term):
        return ""
    if entry.comment and entry.comment.span and offset < entry.comment.span.end:
        return ""
    name = entry.id.name if isinstance(entry, ast.Message) else f"-{entry.id.name}"
    for attribute in entry.attributes:
        if attribute.span and attribute.span.start <= offset < attribute.span.end:
            return f"{name}.{attribute.id.name}"
    return name


def _string_literals(entry: ast.Message | ast.Term) -> list[ast.StringLiteral]:
    found: list[ast.StringLiteral] = []
    stack: list[object] = [entry]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.StringLiteral):
            found.append(node)
        elif isinstance(node, ast.BaseNode):
            for key, value in vars(node).items():
                if key != "span":
                    stack.extend(value if isinstance(value, list) else [value])
    return found


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
            start = entry.id.span.start if entry.id.span else entry.span.start  # the message's own line, not its comment's
            places[id(entry)] = (lines.line(start), attributes)
    return places


def _quick_places(text: str, resource: ast.Resource, lines: _LineIndex) -> Places | None:
    """The same lines as :func:`_span_places` would give, from where entries start in ``text``.

    Entries start at the beginning of a line and attributes on an indented line starting
    with a dot; ``None`` when the file has junk or the starts found differ from the parser's.
    A message is placed on the line of its name, after any comment above it.
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
        places[id(entry)] = (lines.line(start.start()), {attribute: lines.line(offset) for attribute, offset in found})
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
