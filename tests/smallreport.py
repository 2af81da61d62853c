"""A small English-only report with what the bundled one lacks, and where the bundled examples live.

Tests of several writers build it: two-scale ratings, indicators, quotes, nested
groups, contact details and no pictures.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = {"northby": ROOT / "content" / "northby-2023-24", "morlan": ROOT / "content" / "morlan-2024-25"}


# The library's headings of parts a report may not have: none may appear where the part is missing.
READY_MADE_HEADINGS = (
    "glossary-heading",
    "credits-heading",
    "highlights-heading",
    "principles-heading",
    "list-heading",
    "aims-heading",
    "actions-heading",
    "impacts-heading",
)


SMALL_REPORT = """\
id: riverside-2024-25
published: "2025-06-30"
period: {start: "2024-04-01", end: "2025-03-31"}
languages: [en-GB]
currency: GBP

scales:
  - id: performance
    levels:
      - {id: good}
      - {id: adequate}
      - {id: poor}
  - id: phase
    levels:
      - {id: embedding}
      - {id: developing}
  - id: status
    preset: traffic-light

parts:
  - kind: section
    id: about
    paragraphs:
      - {id: about-report}
  - kind: legend
  - kind: group
    id: progress
    parts:
      - kind: group
        id: homes
        parts:
          - kind: rated-list
            id: sub-themes
            scales: [performance, phase]
            items:
              - {id: sub-theme-housing, code: SA2.1, ratings: {performance: good, phase: embedding}}
              - {id: sub-theme-repairs, code: SA2.2, ratings: {performance: poor, phase: developing}}
  - kind: indicators
    id: kpi
    scale: status
    indicators:
      - {id: kpi-visits, unit: number, previous: "412380", current: "403650", target: "420000", status: amber, trend: declining}
      - {id: kpi-recycling, unit: percent, previous: "44.2", current: "46.8", target: "48", status: amber, trend: improving}
      - {id: kpi-income, unit: money, previous: "412350", current: "455120.5", target: "430000", status: green, trend: improving}
      - {id: kpi-potholes, unit: number, current: "4.6", target: "5", status: green}
  - kind: quotes
    id: voices
    quotes:
      - {id: quote-library}
      - {id: quote-park}
  - kind: contact
    contact:
      phone: "01632 960000"
      email: hello@riverside.example.org
      web: https://riverside.example.org/plan
"""

SMALL_WORDS = """\
report-title = Our year
report-subtitle = Annual report 2024 to 2025
council-name = Riverside Town Council
report-period = April 2024 to March 2025

about = About this report
about-report = This report says how we did.
    .easy = This report tells you how we did.

performance = Performance
performance-good = Good
    .meaning = Results are improving.
performance-adequate = Adequate
    .meaning = Results are steady.
performance-poor = Poor
    .meaning = Results are getting worse.
phase = Phase
phase-embedding = Embedding
    .meaning = The work is part of how we do things.
phase-developing = Developing
    .meaning = The work has begun.
status = Status
status-green =
    .meaning = On target.
status-amber =
    .meaning = Near the target.
status-red =
    .meaning = Off target.

progress = Progress on the plan
homes = Homes
sub-themes = Homes sub-themes
    .caption = How each homes sub-theme is going
    .column = Sub-theme
sub-theme-housing = Homes for everyone
    .easy = Homes for everyone
sub-theme-repairs = Repairs done on time
    .easy = Repairs done on time

kpi = Indicators
    .caption = Indicators: last year, this year, target, status and trend
    .previous = Last year
    .current = This year
kpi-visits = Visits to the town centre
kpi-recycling = Waste recycled
kpi-income = Income from car parks
kpi-potholes = Days to mend a pothole

voices = What people told us
quote-library = The new library is a joy.
    .source = Ann, a reader
quote-park = The park is cleaner than it was.
"""


def write_small_report(folder: Path) -> Path:
    """An English-only report with two-scale ratings, indicators, quotes and nested groups, and no pictures."""
    folder.mkdir(parents=True)
    (folder / "report.yaml").write_text(SMALL_REPORT, encoding="utf-8")
    (folder / "en-GB.ftl").write_text(SMALL_WORDS, encoding="utf-8")
    return folder
