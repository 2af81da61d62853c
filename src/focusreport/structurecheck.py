"""Checks of the structure file that need no words: ids, languages, scales, ratings, codes, values, pictures.

Each problem names the file, the line and the field, as the structure file has it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from focusreport import specwalk
from focusreport.colour import contrast_with_white
from focusreport.errors import Problem
from focusreport.fieldpath import FieldPath, render
from focusreport.languages import is_tag
from focusreport.pictures import UnfitPictureError, examine
from focusreport.spec import (
    CODE,
    COLOUR,
    CURRENCY,
    HEADING_REQUIRED,
    IDENTIFIER,
    NUMBER,
    TRENDS,
    UNITS,
    ContactPart,
    IndicatorsPart,
    LabelPart,
    RatedListPart,
    ReportSpec,
    ThemesPart,
)
from focusreport.yamlsource import YamlDocument

MIN_CONTRAST = 4.5
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_WEB = re.compile(r"^https?://[^\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{4,}[0-9]$")

Add = Callable[[FieldPath, str], None]


def check_structure(spec: ReportSpec, document: YamlDocument, folder: Path) -> list[Problem]:
    """Every problem of the structure itself, in no particular order."""
    problems: list[Problem] = []

    def add(field: FieldPath, message: str) -> None:
        problems.append(Problem(document.path, document.line_of(field), render(field), message))

    if not IDENTIFIER.match(spec.id):
        add(("id",), "a report id is lower-case letters, digits and single hyphens, such as wrexham-2019-20")
    if spec.period.end < spec.period.start:
        add(("period", "end"), "the period ends before it starts")
    _check_languages(spec, add)
    _check_ids(spec, add)
    _check_scales(spec, add)
    _check_parts(spec, add)
    _check_pictures(spec, folder, add)
    return problems


def _check_languages(spec: ReportSpec, add: Add) -> None:
    if not spec.languages:
        add(("languages",), "a report is published in at least one language, such as en-GB")
    seen: dict[str, int] = {}
    for index, tag in enumerate(spec.languages):
        if not is_tag(tag):
            add(("languages", index), f"{tag!r} is not a BCP 47 language tag such as en-GB, cy-GB or pl")
        elif tag.lower() in seen:
            add(("languages", index), f"{tag!r} is listed twice (first at languages[{seen[tag.lower()]}])")
        else:
            seen[tag.lower()] = index


def _check_ids(spec: ReportSpec, add: Add) -> None:
    first_use: dict[str, FieldPath] = {name: ("(library)",) for name in (*specwalk.REPORT_MESSAGES, *specwalk.OPTIONAL_REPORT_MESSAGES)}
    shared: set[str] = set()
    for reference in specwalk.references(spec):
        if not IDENTIFIER.match(reference.message_id):
            add(reference.field, f"{reference.message_id!r} is not a valid id (lower-case words joined by hyphens)")
        elif reference.shared and reference.message_id in shared:
            continue
        elif reference.message_id in first_use:
            add(reference.field, f"duplicate id {reference.message_id!r} (first used at {render(first_use[reference.message_id])})")
        else:
            first_use[reference.message_id] = reference.field
            if reference.shared:
                shared.add(reference.message_id)


def _check_scales(spec: ReportSpec, add: Add) -> None:
    used: set[str] = set()
    for part, _ in specwalk.walk(spec.parts):
        if isinstance(part, RatedListPart):
            used.update(scale.lower() for scale in part.scales)
        elif isinstance(part, IndicatorsPart) and part.scale:
            used.add(part.scale.lower())
    names: set[str] = set()
    for index, scale in enumerate(spec.scales):
        field: FieldPath = ("scales", index)
        if scale.id in names:
            add((*field, "id"), f"duplicate scale {scale.id!r}")
        names.add(scale.id)
        if scale.id not in used:
            add((*field, "id"), f"the scale {scale.id!r} is declared but no part rates anything on it")
        if scale.preset is not None and scale.preset.lower() not in specwalk.PRESETS:
            add((*field, "preset"), f"unknown preset {scale.preset!r}; presets: {', '.join(specwalk.PRESETS)}")
            continue
        preset_levels = specwalk.level_ids(scale) if scale.preset else ()
        if not scale.levels and not scale.preset:
            add((*field, "levels"), "a scale needs its levels, best first, or a preset such as traffic-light")
        seen: dict[str, int] = {}
        for number, level in enumerate(scale.levels):
            here = (*field, "levels", number)
            key = level.id.lower()
            if not IDENTIFIER.match(key):
                add((*here, "id"), f"{level.id!r} is not a valid level id (letters, digits and hyphens)")
            if key in seen:
                add((*here, "id"), f"duplicate level {level.id!r} (first at levels[{seen[key]}])")
            seen.setdefault(key, number)
            if preset_levels and key not in preset_levels:
                add((*here, "id"), f"the {scale.preset} preset has no level {level.id!r}; its levels: {', '.join(preset_levels)}")
            if level.colour is not None:
                if not COLOUR.match(level.colour):
                    add((*here, "colour"), f"{level.colour!r} is not a colour written as #rrggbb")
                elif contrast_with_white(level.colour) < MIN_CONTRAST:
                    ratio = contrast_with_white(level.colour)
                    add(
                        (*here, "colour"), f"{level.colour} has a contrast of {ratio:.1f}:1 with white; at least {MIN_CONTRAST}:1 is needed"
                    )


def _scale_levels(spec: ReportSpec) -> dict[str, tuple[str, ...]]:
    return {scale.id.lower(): specwalk.level_ids(scale) for scale in spec.scales}


def _check_level(scales: dict[str, tuple[str, ...]], scale: str, level: str, field: FieldPath, add: Add) -> None:
    levels = scales.get(scale.lower())
    if levels is None:
        return
    if level.lower() not in levels:
        add(field, f"unknown level {level!r} of the scale {scale!r}; use one of: {', '.join(levels)}")


def _check_parts(spec: ReportSpec, add: Add) -> None:
    scales = _scale_levels(spec)
    themes: dict[str, str | None] = {}
    credited = bool(spec.pictures)
    kinds: set[str] = set()
    for part, field in specwalk.walk(spec.parts):
        kinds.add(part.kind)
        if isinstance(part, ThemesPart):
            for index, theme in enumerate(part.themes):
                if theme.id in themes:
                    continue
                themes[theme.id] = theme.code
                if theme.code is not None and not CODE.match(theme.code):
                    add((*field, "themes", index, "code"), f"code {theme.code!r} is not letters and digits, such as E or SA2")
    for empty in specwalk.empty_lists(spec):
        add(empty, "an empty list: a part the report has needs at least one entry, or leave the part out")
    for part, field in specwalk.walk(spec.parts):
        if part.kind in HEADING_REQUIRED and getattr(part, "id", None) is None:
            add((*field, "id"), f"a {part.kind} part needs the id of the message that is its heading")
        if isinstance(part, RatedListPart):
            _check_rated_list(part, field, scales, themes, add)
        elif isinstance(part, IndicatorsPart):
            _check_indicators(spec, part, field, scales, add)
        elif isinstance(part, ContactPart):
            _check_contact(part, field, add)
        elif isinstance(part, LabelPart) and part.kind == "legend" and not spec.scales:
            add((*field, "kind"), "a legend explains the report's scales, and the report declares none")
        elif isinstance(part, LabelPart) and part.kind == "credits" and not spec.credits:
            add((*field, "kind"), "a credits part prints the report's credits, and the report lists none")
    if credited and "credits" not in kinds:
        add(("parts",), "the report has pictures: add a part of kind credits, so that every output says who made them")
    if spec.scales and "legend" not in kinds:
        add(("parts",), "the report rates items on scales: add a part of kind legend, which says what each level means")


def _check_rated_list(
    part: RatedListPart, field: FieldPath, scales: dict[str, tuple[str, ...]], themes: dict[str, str | None], add: Add
) -> None:
    wanted = [scale.lower() for scale in part.scales]
    for index, scale in enumerate(part.scales):
        if scale.lower() not in scales:
            add((*field, "scales", index), f"unknown scale {scale!r}; scales: {', '.join(scales) or 'none declared'}")
    codes: dict[str, int] = {}
    for index, item in enumerate(part.items):
        here = (*field, "items", index)
        given = {scale.lower(): level for scale, level in item.ratings.items()}
        for scale, level in item.ratings.items():
            if scale.lower() not in wanted:
                add((*here, "ratings", scale), f"this list is rated on {', '.join(part.scales)}, not on {scale!r}")
            else:
                _check_level(scales, scale, level, (*here, "ratings", scale), add)
        for scale in part.scales:
            if scale.lower() not in given:
                add((*here, "ratings"), f"no rating on the scale {scale!r}")
        if item.code is not None:
            if not CODE.match(item.code):
                add((*here, "code"), f"code {item.code!r} is not letters and digits, optionally joined by dots, such as E1 or SA2.1")
            elif item.code in codes:
                add((*here, "code"), f"duplicate code {item.code!r} (first at items[{codes[item.code]}])")
            codes.setdefault(item.code, index)
        if item.theme is not None and item.theme not in themes:
            add((*here, "theme"), f"unknown theme {item.theme!r}; themes: {', '.join(themes) or 'none'}")
    coded = [item.code is not None for item in part.items]
    if any(coded) and not all(coded):
        add((*field, "items"), "some items have a code and some have none: give every item a code, or none")


def _check_indicators(spec: ReportSpec, part: IndicatorsPart, field: FieldPath, scales: dict[str, tuple[str, ...]], add: Add) -> None:
    if part.scale is not None and part.scale.lower() not in scales:
        add((*field, "scale"), f"unknown scale {part.scale!r}; scales: {', '.join(scales) or 'none declared'}")
    for index, indicator in enumerate(part.indicators):
        here = (*field, "indicators", index)
        if indicator.unit not in UNITS:
            add((*here, "unit"), f"unknown unit {indicator.unit!r}; use one of: {', '.join(UNITS)}")
        if indicator.unit == "money" and spec.currency is None:
            add((*here, "unit"), "a money value needs the report's currency: add currency: GBP (or another ISO 4217 code) at the top")
        for name in ("previous", "current", "target"):
            value = getattr(indicator, name)
            if value is not None and not NUMBER.match(value):
                add((*here, name), f"{value!r} is not a number: write digits with an optional decimal point, such as 1234 or 87.5")
        if indicator.status is not None:
            if part.scale is None:
                add((*here, "status"), "a status needs the part's scale: add scale: to the indicators part")
            else:
                _check_level(scales, part.scale, indicator.status, (*here, "status"), add)
        if indicator.trend is not None and indicator.trend.lower() not in TRENDS:
            add((*here, "trend"), f"unknown trend {indicator.trend!r}; use one of: {', '.join(TRENDS)}")
        if all(getattr(indicator, name) is None for name in ("previous", "current", "target", "status")):
            add(here, "an indicator needs at least one of previous, current, target or status")
    if spec.currency is not None and not CURRENCY.match(spec.currency):
        add(("currency",), f"{spec.currency!r} is not an ISO 4217 currency code such as GBP or EUR")


def _check_contact(part: ContactPart, field: FieldPath, add: Add) -> None:
    contact = part.contact
    here = (*field, "contact")
    if all(value is None for value in (contact.phone, contact.email, contact.web, contact.address)):
        add(here, "give at least one way to get in touch: phone, email, web or address")
    if contact.email is not None and not _EMAIL.match(contact.email):
        add((*here, "email"), f"{contact.email!r} is not an email address")
    if contact.web is not None and not _WEB.match(contact.web):
        add((*here, "web"), f"{contact.web!r} is not a web address starting https:// or http://")
    if contact.phone is not None and not _PHONE.match(contact.phone):
        add((*here, "phone"), f"{contact.phone!r} is not a telephone number (digits, spaces, an optional leading +)")


def _check_pictures(spec: ReportSpec, folder: Path, add: Add) -> None:
    picture_ids = {picture.id for picture in spec.pictures}
    credit_ids = set(spec.credits)
    root = folder.resolve()
    for index, picture in enumerate(spec.pictures):
        if picture.credit not in credit_ids:
            add(("pictures", index, "credit"), f"unknown credit {picture.credit!r}; credits: {', '.join(spec.credits) or 'none'}")
        problem = _check_picture_file(folder, root, picture.file)
        if problem:
            add(("pictures", index, "file"), problem)
    for picture_id, field in specwalk.pictures(spec):
        if picture_id not in picture_ids:
            add(field, f"unknown picture {picture_id!r}")


def _check_picture_file(folder: Path, root: Path, name: str) -> str | None:
    relative = Path(name)
    if relative.is_absolute():
        return f"{name!r} must be a path inside the content folder, not an absolute path"
    candidate = folder / relative
    try:
        resolved = candidate.resolve(strict=True)
    except (FileNotFoundError, RuntimeError):
        return f"picture file {name!r} does not exist"
    if not resolved.is_relative_to(root):
        return f"picture file {name!r} lies outside the content folder"
    if not resolved.is_file():
        return f"picture file {name!r} is not a file"
    try:
        examine(resolved)  # its real type, size and every byte, never its name alone
    except UnfitPictureError as unfit:
        return f"picture file {name!r} {unfit}"
    except OSError as error:
        return f"picture file {name!r} cannot be read: {error.strerror or error}"
    return None
