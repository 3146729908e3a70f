"""Re-spacing of a recognised line from character positions and ink gaps, on synthetic crops."""

from __future__ import annotations

import numpy as np
import pytest

from idp.models.ocr.spacing import (
    SpacingRule,
    char_pitch,
    line_ink,
    recogniser_spaces,
    word_extents,
    word_spans,
)

PITCH, GLYPH, HEIGHT = 12, 8, 30  # a monospaced line: 12-pixel cells, glyphs 8 wide, crop 30 high


def mono_line(printed: str) -> tuple[np.ndarray, list[float]]:
    """A grey crop of `printed` in monospaced cells (a bar per glyph, nothing for a space) and the
    x centre of every non-space character, as the recogniser's positions would give them."""
    crop = np.full((HEIGHT, PITCH * (len(printed) + 2)), 235, dtype=np.uint8)
    xs = []
    for i, ch in enumerate(printed):
        if ch == " ":
            continue
        x0 = PITCH * (i + 1) + (PITCH - GLYPH) // 2
        crop[8:22, x0 : x0 + GLYPH] = 20
        xs.append(x0 + GLYPH / 2)
    return crop, xs


def words(text: str, xs: list[float], crop: np.ndarray, rule: SpacingRule = SpacingRule()) -> list[str]:
    chars = [c for c in text if not c.isspace()]
    return ["".join(chars[a:b]) for a, b in word_spans(text, xs, line_ink(crop, rule), rule)]


def test_recogniser_spaces_per_boundary() -> None:
    assert recogniser_spaces("AB C  D") == [False, True, True]
    assert recogniser_spaces(" A ") == []


def test_pitch_counts_characters_and_spaces() -> None:
    _, xs = mono_line("AB CD")
    assert char_pitch("AB CD", xs) == pytest.approx(PITCH)
    assert char_pitch("ABCD", xs) == pytest.approx(PITCH * 4 / 3)  # one cell hidden: a wider pitch


def test_a_printed_space_the_recogniser_missed_is_added() -> None:
    crop, xs = mono_line("53300 KL")
    assert words("53300KL", xs, crop) == ["53300", "KL"]


def test_touching_letters_stay_one_word() -> None:
    crop, xs = mono_line("BESTARI")
    assert words("BESTARI", xs, crop) == ["BESTARI"]


def test_the_recognisers_spaces_are_kept() -> None:
    crop, xs = mono_line("NO.53")
    assert words("NO. 53", xs, crop) == ["NO.", "53"]


def test_ink_of_the_neighbouring_rows_does_not_fill_a_gap() -> None:
    crop, xs = mono_line("JOHOR BAHRU")
    gap = PITCH * 6
    crop[0:6, gap : gap + 6] = 20  # a descender of the row above, touching the top edge
    crop[26:30, gap + 4 : gap + 9] = 20  # a cap of the row below
    crop[24:26, :] = 20  # an underline across the whole line
    assert words("JOHORBAHRU", xs, crop) == ["JOHOR", "BAHRU"]


def test_a_gap_under_the_threshold_is_not_a_space() -> None:
    crop, xs = mono_line("AB CD")
    assert words("ABCD", xs, crop, SpacingRule(add_gap=2.0)) == ["ABCD"]


def test_blank_crop_adds_nothing() -> None:
    crop = np.full((HEIGHT, 100), 240, dtype=np.uint8)
    assert not line_ink(crop).any()
    assert words("ABC", [10.0, 40.0, 70.0], crop) == ["ABC"]


def test_positions_must_match_characters() -> None:
    crop, xs = mono_line("AB")
    with pytest.raises(ValueError, match="positions"):
        word_spans("ABC", xs, line_ink(crop))


def test_word_extents_are_tight_and_do_not_overlap() -> None:
    crop, xs = mono_line("12, JALAN")
    ink = line_ink(crop)
    spans = word_spans("12,JALAN", xs, ink)
    (a0, a1), (b0, b1) = word_extents(xs, spans, ink, char_pitch("12, JALAN", xs))
    first_glyph = PITCH + (PITCH - GLYPH) // 2
    assert a0 == first_glyph and a1 == first_glyph + 2 * PITCH + GLYPH
    assert a1 < b0 < b1 and b1 == first_glyph + 8 * PITCH + GLYPH


def narrow_comma_line(printed: str) -> tuple[np.ndarray, list[float]]:
    """`mono_line` with every comma a narrow mark at the left of its cell, as receipts print it."""
    crop, xs = mono_line(printed)
    for i, ch in enumerate(printed):
        if ch == ",":
            x0 = PITCH * (i + 1) + (PITCH - GLYPH) // 2
            crop[8:22, x0 : x0 + GLYPH] = 235
            crop[18:24, x0 : x0 + 2] = 20
    return crop, xs


def test_a_space_after_a_comma_with_no_printed_gap_is_dropped() -> None:
    crop, xs = mono_line("TAMPOI,81200 JOHOR BAHRU,JOHOR")
    assert words("TAMPOI,81200 JOHOR BAHRU, JOHOR", xs, crop) == ["TAMPOI,81200", "JOHOR", "BAHRU,JOHOR"]


def test_a_printed_space_after_a_comma_is_kept() -> None:
    crop, xs = narrow_comma_line("12, JALAN TAMPOI, JOHOR")
    assert words("12, JALAN TAMPOI, JOHOR", xs, crop) == ["12,", "JALAN", "TAMPOI,", "JOHOR"]


def test_a_comma_space_stays_without_a_wider_space_to_compare() -> None:
    crop, xs = mono_line("BAHRU,JOHOR")
    assert words("BAHRU, JOHOR", xs, crop) == ["BAHRU,", "JOHOR"]


def test_spaces_missed_in_a_row_are_measured_by_the_characters_step() -> None:
    """Every space missed shortens the line's count of cells: its length over them is no longer a pitch."""
    crop, xs = mono_line("AB CD EF")
    assert char_pitch("ABCDEF", xs) > 16  # wider than a printed space's blank (16 pixels here)
    assert words("ABCDEF", xs, crop) == ["AB", "CD", "EF"]


def test_a_house_number_run_into_its_street_word_is_split() -> None:
    """A blank of most of a space's width between a digit and a letter, too narrow for the general rule."""
    xs, crop = _wide_cells("14JALAN MANIS 4 TAMAN", after=1)  # a 19-pixel blank after the 4
    assert words("14JALAN MANIS 4 TAMAN", xs, crop) == ["14", "JALAN", "MANIS", "4", "TAMAN"]
    assert words("14JALAN MANIS 4 TAMAN", xs, crop, SpacingRule(mixed_share=0.8))[0] == "14JALAN"
    xs, crop = _wide_cells("TAMANJAYA MANIS 4 SEGAR", after=4)  # the same blank between two letters
    assert words("TAMANJAYA MANIS 4 SEGAR", xs, crop)[0] == "TAMANJAYA"


def _wide_cells(printed: str, after: int) -> tuple[list[float], np.ndarray]:
    """20-pixel cells, glyphs 14 wide (gaps 6 pixels, spaces 26), the characters after the `after`-th
    pushed 13 pixels right."""
    cell, glyph = 20, 14
    crop = np.full((HEIGHT, cell * (len(printed) + 2)), 235, dtype=np.uint8)
    xs = []
    for i, ch in enumerate(printed):
        if ch != " ":
            x0 = cell * (i + 1) + (13 if i > after else 0)
            crop[8:22, x0 : x0 + glyph] = 20
            xs.append(x0 + glyph / 2)
    return xs, crop
