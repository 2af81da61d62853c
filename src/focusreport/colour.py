"""Colour contrast as WCAG 2 defines it, for the colours a report gives its scale levels."""

from __future__ import annotations


def relative_luminance(colour: str) -> float:
    """The relative luminance of ``#rrggbb`` (WCAG 2.2, "relative luminance")."""
    channels = [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
    linear = [value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4 for value in channels]
    red, green, blue = linear
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """The contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def contrast_with_white(colour: str) -> float:
    """The contrast of ``colour`` with white, on which the documents print."""
    return contrast(colour, "#ffffff")
