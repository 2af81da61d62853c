"""Turn checked content into the model of the report in one language: the words put in place."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from focusreport import pictures, specwalk
from focusreport.errors import ContentError, Problem
from focusreport.fieldpath import FieldPath, render
from focusreport.languages import LIBRARY_LANGUAGES, Language
from focusreport.model import (
    ContactPart,
    Credit,
    CreditsPart,
    GlossaryPart,
    GroupPart,
    HardWord,
    Heading,
    Indicator,
    IndicatorsPart,
    Item,
    LegendPart,
    Level,
    ListPart,
    Part,
    Picture,
    Quote,
    QuotesPart,
    RatedItem,
    RatedListPart,
    Rating,
    Report,
    Scale,
    SectionPart,
    Theme,
    ThemeList,
    ThemesPart,
)
from focusreport.spec import READY_MADE_LISTS, ItemSpec, PartSpec, ScaleSpec, ThemeSpec
from focusreport.spec import ContactPart as ContactSpec
from focusreport.spec import GlossaryPart as GlossarySpec
from focusreport.spec import GroupPart as GroupSpec
from focusreport.spec import IndicatorsPart as IndicatorsSpec
from focusreport.spec import LabelPart as LabelSpec
from focusreport.spec import ListPart as ListSpec
from focusreport.spec import QuotesPart as QuotesSpec
from focusreport.spec import RatedListPart as RatedListSpec
from focusreport.spec import SectionPart as SectionSpec
from focusreport.spec import ThemesPart as ThemesSpec

if TYPE_CHECKING:
    from focusreport.content import Content

_LIBRARY_PRIMARIES = frozenset(language.primary for language in LIBRARY_LANGUAGES)
# Colours for levels the report gives none: GOV.UK's green, blue, brown, red and purple, best first;
# each has a contrast of at least 4.5:1 with white.
DEFAULT_COLOURS = ("#00703c", "#1d70b8", "#a14a00", "#b10e1e", "#4c2c92", "#505a5f")


def resolve(content: Content, language: Language) -> Report:
    """The report of ``content`` in ``language``."""
    return _Resolver(content, language).report()


def default_colour(position: int, count: int) -> str:
    """A colour for the level at ``position`` (0 is best) of ``count``: best green, worst red."""
    if count <= 1:
        return DEFAULT_COLOURS[0]
    if count == 2:
        return (DEFAULT_COLOURS[0], DEFAULT_COLOURS[3])[position]
    if count == 3:
        return (DEFAULT_COLOURS[0], DEFAULT_COLOURS[2], DEFAULT_COLOURS[3])[position]
    return DEFAULT_COLOURS[min(position, len(DEFAULT_COLOURS) - 1)] if position < count - 1 else DEFAULT_COLOURS[3]


class _Resolver:
    def __init__(self, content: Content, language: Language) -> None:
        self.content = content
        self.language = language
        self.text = content.strings[language]
        self.library = content.library[language]
        self.pictures = {picture.id: picture for picture in content.spec.pictures}
        self.credits = {credit: self.text.format(credit) for credit in content.spec.credits}
        self._made: dict[str, Picture] = {}  # a picture is resolved once, however many items show it
        self.scales = {scale.id.lower(): self._scale(scale) for scale in content.spec.scales}
        self.themes: dict[str, str] = {}

    def _optional(self, message_id: str, attribute: str) -> str | None:
        return self.text.format(message_id, attribute) if self.text.has(message_id, attribute) else None

    def _picture(self, picture_id: str | None) -> Picture | None:
        if picture_id is None:
            return None
        if picture_id not in self._made:
            spec = self.pictures[picture_id]
            path = (self.content.folder / spec.file).resolve()
            self._made[picture_id] = Picture(
                id=picture_id,
                path=path,
                media_type=self._media_type(picture_id, path),
                alt=self.text.format(picture_id),
                credit=self.credits[spec.credit],
            )
        return self._made[picture_id]

    def _media_type(self, picture_id: str, path: Path) -> str:
        """The media type the file's content declares, never its name (the check's reading, kept while the file is unchanged)."""
        try:
            return pictures.examine(path).media_type
        except pictures.UnfitPictureError as unfit:
            reason = str(unfit)
        except OSError as error:
            reason = f"cannot be read: {error.strerror or error}"
        index = next(number for number, spec in enumerate(self.content.spec.pictures) if spec.id == picture_id)
        field: FieldPath = ("pictures", index, "file")
        document = self.content.document
        where, line = (document.path, document.line_of(field)) if document else (None, None)
        name = self.content.spec.pictures[index].file
        raise ContentError([Problem(where, line, render(field), f"picture file {name!r} {reason} (it changed after the check)")])

    def _item(self, message_id: str, picture: str | None = None) -> Item:
        return Item(message_id, self.text.format(message_id), self._optional(message_id, "easy"), self._picture(picture))

    def _items(self, specs: tuple[ItemSpec, ...]) -> tuple[Item, ...]:
        return tuple(self._item(spec.id, spec.picture) for spec in specs)

    def _heading(self, message_id: str | None, kind: str) -> Heading:
        if message_id is None:
            return Heading(kind)
        return Heading(message_id, self.text.format(message_id), self._optional(message_id, "easy"), self._optional(message_id, "caption"))

    def _scale(self, spec: ScaleSpec) -> Scale:
        listed = {level.id.lower(): level for level in spec.levels}
        ids = specwalk.level_ids(spec)
        preset = dict(specwalk.PRESETS.get((spec.preset or "").lower(), ()))
        levels = []
        for position, level_id in enumerate(ids):
            message = specwalk.level_message(spec.id, level_id)
            given = listed.get(level_id)
            name = self.text.format(message) if self.text.has(message) else self.library.format(f"{spec.preset}-{level_id}")
            colour = (given.colour if given else None) or preset.get(level_id) or default_colour(position, len(ids))
            levels.append(
                Level(
                    id=level_id,
                    name=name,
                    meaning=self.text.format(message, "meaning"),
                    colour=colour.lower(),
                    easy=self._optional(message, "easy"),
                    picture=self._picture(given.picture if given else None),
                )
            )
        return Scale(spec.id, self.text.format(spec.id), tuple(levels))

    def _rating(self, scale_id: str, level_id: str) -> Rating:
        scale = self.scales[scale_id.lower()]
        return Rating(scale, scale.level(level_id.lower()))

    def report(self) -> Report:
        spec = self.content.spec
        for part in spec.parts:
            self._collect_themes(part)
        text = self.text.format
        return Report(
            id=spec.id,
            language=self.language,
            languages=self.content.languages,
            title=text("report-title"),
            subtitle=text("report-subtitle"),
            council=text("council-name"),
            period=text("report-period"),
            period_start=spec.period.start,
            period_end=spec.period.end,
            published=spec.published,
            scales=tuple(self.scales.values()),
            parts=tuple(self._part(part) for part in spec.parts),
            credits=tuple(Credit(credit, words) for credit, words in self.credits.items()),
            currency=spec.currency,
            codes_origin=text("codes-origin") if self.text.has("codes-origin") else None,
            easy_subtitle=self._optional("report-subtitle", "easy"),
            cover=self._picture(spec.cover),
            pronunciations=tuple((self.text.format(word), self.text.format(word, "say")) for word in spec.pronunciations),
            read_in=tuple(
                (other, self.content.library[other].format("read-in-language"))
                for other in self.content.languages
                if other != self.language
            ),
            words=self.library.paths[0].parent if self.language.primary not in _LIBRARY_PRIMARIES else None,
        )

    def _collect_themes(self, part: PartSpec) -> None:
        if isinstance(part, ThemesSpec):
            for theme in part.themes:
                self.themes[theme.id] = theme.code or ""
        elif isinstance(part, GroupSpec):
            for inner in part.parts:
                self._collect_themes(inner)

    def _part(self, part: PartSpec) -> Part:
        if isinstance(part, SectionSpec):
            return SectionPart(self._heading(part.id, part.kind), self._items(part.paragraphs), self._picture(part.picture))
        if isinstance(part, RatedListSpec):
            heading = self._heading(part.id, part.kind)
            items = tuple(
                RatedItem(
                    self._item(item.id, item.picture),
                    tuple(self._rating(scale, _level_for(item.ratings, scale)) for scale in part.scales),
                    item.code,
                    item.theme,
                )
                for item in part.items
            )
            scales = tuple(self.scales[scale.lower()] for scale in part.scales)
            return RatedListPart(heading, scales, items, self._optional(part.id, "column"))
        if isinstance(part, ThemesSpec):
            return ThemesPart(tuple(self._theme(theme) for theme in part.themes))
        if isinstance(part, IndicatorsSpec):
            return self._indicators(part)
        if isinstance(part, ListSpec):
            intro = self._optional(part.id, "intro") if part.id else None
            return ListPart(part.kind, self._heading(part.id, part.kind), self._items(part.items), intro)
        if isinstance(part, QuotesSpec):
            quotes = tuple(Quote(self._item(quote.id, quote.picture), self._optional(quote.id, "source")) for quote in part.quotes)
            return QuotesPart(self._heading(part.id, part.kind), quotes)
        if isinstance(part, GlossarySpec):
            words = tuple(
                HardWord(word.id, self.text.format(word.id), self.text.format(word.id, "explanation"), self._picture(word.picture))
                for word in part.words
            )
            return GlossaryPart(self._heading(part.id, part.kind), words)
        if isinstance(part, ContactSpec):
            contact = part.contact
            address = (
                tuple(line.strip() for line in self.text.format(contact.address).splitlines() if line.strip()) if contact.address else ()
            )
            return ContactPart(self._heading(part.id, part.kind), contact.phone, contact.email, contact.web, address)
        if isinstance(part, LabelSpec):
            heading = self._heading(part.id, part.kind)
            return LegendPart(heading) if part.kind == "legend" else CreditsPart(heading)
        return GroupPart(self._heading(part.id, part.kind), tuple(self._part(inner) for inner in part.parts))

    def _theme(self, theme: ThemeSpec) -> Theme:
        lists = []
        for listing in theme.lists:
            items = self._items(listing.items)
            if listing.heading in READY_MADE_LISTS:
                lists.append(ThemeList(f"{theme.id}-{listing.heading}", items, ready_made=listing.heading))
            else:
                heading, easy = self.text.format(listing.heading), self._optional(listing.heading, "easy")
                lists.append(ThemeList(f"{theme.id}-{listing.heading}", items, heading=heading, easy_heading=easy))
        return Theme(
            id=theme.id,
            name=self.text.format(theme.id),
            lists=tuple(lists),
            code=theme.code,
            summary=self._optional(theme.id, "summary"),
            easy_summary=self._optional(theme.id, "easy"),
            picture=self._picture(theme.picture),
        )

    def _indicators(self, part: IndicatorsSpec) -> IndicatorsPart:
        indicators = []
        for spec in part.indicators:
            status = self._rating(part.scale, spec.status) if part.scale and spec.status else None
            indicators.append(
                Indicator(
                    measure=self._item(spec.id),
                    unit=spec.unit,
                    previous=_decimal(spec.previous),
                    current=_decimal(spec.current),
                    target=_decimal(spec.target),
                    status=status,
                    trend=spec.trend.lower() if spec.trend else None,
                )
            )
        scale = self.scales[part.scale.lower()] if part.scale else None
        return IndicatorsPart(
            self._heading(part.id, part.kind),
            tuple(indicators),
            scale,
            self._optional(part.id, "previous"),
            self._optional(part.id, "current"),
        )


def _level_for(ratings: Mapping[str, str], scale: str) -> str:
    for key, value in ratings.items():
        if key.lower() == scale.lower():
            return str(value)
    raise KeyError(scale)


def _decimal(text: str | None) -> Decimal | None:
    return Decimal(text) if text is not None else None
