from __future__ import annotations

from idp.document import Word
from idp.extractors.layout import build_lines, group_rows, merge_tight, page_lines
from tests.extractors.builders import doc_from_rows, make_doc, words_at


def _texts(doc) -> list[str]:
    return [line.text for line in doc.lines]


def test_rows_left_to_right_top_to_bottom() -> None:
    doc = doc_from_rows([(50, [(300, "9.00"), (20, "TOTAL")]), (10, [(20, "SHOP"), (100, "NAME")])])
    out = build_lines(doc)
    assert _texts(out) == ["SHOP NAME", "TOTAL 9.00"]
    assert all(line.page == 1 for line in out.lines)
    assert out.pages == doc.pages and doc.lines == []  # a copy; the input is untouched


def test_skewed_line_stays_one_line() -> None:
    # a 2 degree skew: the row drifts 12 px over 350 px while lines are 30 px apart
    words = []
    for row, y in enumerate((100.0, 130.0, 160.0)):
        for k, x in enumerate(range(20, 380, 60)):
            words.append(
                Word(text=f"r{row}w{k}", bbox=(x, y + 0.035 * x, x + 50, y + 0.035 * x + 20), confidence=0.9)
            )
    out = build_lines(make_doc([words]))
    assert len(out.lines) == 3
    assert [w.text for w in out.lines[1].words] == [f"r1w{k}" for k in range(6)]


def test_boxes_of_different_heights_share_a_line() -> None:
    # a bold total (taller box) next to small text on the same baseline
    words = [
        *words_at("GRAND TOTAL", 20, 100, h=20),
        Word(text="99.00", bbox=(300, 92, 380, 122), confidence=0.9),
    ]
    words += words_at("THANK YOU", 20, 135, h=20)
    out = build_lines(make_doc([words]))
    assert _texts(out) == ["GRAND TOTAL 99.00", "THANK YOU"]


def test_tall_stamp_does_not_bridge_two_lines() -> None:
    words = words_at("CASH", 20, 100) + words_at("50.00", 400, 100)
    words += words_at("CHANGE", 20, 124) + words_at("16.10", 400, 124)
    words.append(Word(text="PAID", bbox=(200, 95, 260, 150), confidence=0.5))  # a stamp across both rows
    out = build_lines(make_doc([words]))
    texts = _texts(out)
    assert "CASH 50.00" in texts and "CHANGE 16.10" in texts
    assert "PAID" in texts


def test_blocks_split_at_gaps() -> None:
    doc = doc_from_rows(
        [
            (10, [(20, "ACME LTD")]),
            (32, [(20, "1 MAIN ST")]),
            (120, [(20, "ITEM 1.00")]),
            (142, [(20, "TOTAL 1.00")]),
        ]
    )
    blocks = [line.block for line in build_lines(doc).lines]
    assert blocks[0] == blocks[1] and blocks[2] == blocks[3] and blocks[1] != blocks[2]


def test_two_column_page_reads_left_column_first() -> None:
    left = [
        "Lorem ipsum dolor sit",
        "amet consectetur adip",
        "elit sed do eiusmod",
        "tempor incididunt ut",
        "labore et dolore magna",
        "aliqua ut enim ad",
        "minim veniam quis",
        "nostrud exercitation",
    ]
    right = [
        "ullamco laboris nisi",
        "aliquip ex ea commodo",
        "consequat duis aute",
        "irure dolor in rep",
        "henderit in voluptate",
        "velit esse cillum",
        "dolore eu fugiat",
        "nulla pariatur exc",
    ]
    rows = [(30 + 25 * i, [(20, a), (330, b)]) for i, (a, b) in enumerate(zip(left, right, strict=True))]
    out = build_lines(doc_from_rows(rows, width=600))
    assert _texts(out) == left + right
    assert out.lines[0].block != out.lines[-1].block


def test_receipt_price_column_is_not_a_second_column() -> None:
    rows = [(30 + 25 * i, [(20, f"ITEM NUMBER {i}"), (450, f"{i}.50")]) for i in range(14)]
    out = build_lines(doc_from_rows(rows, width=600))
    assert _texts(out)[0] == "ITEM NUMBER 0 0.50"
    assert len(out.lines) == 14


def test_character_boxes_are_rejoined_into_words() -> None:
    chars = []
    x = 20.0
    for token in ("S.H.H.", "MOTOR"):
        for c in token:
            chars.append(Word(text=c, bbox=(x, 10, x + 9, 30), confidence=0.9))
            x += 9
        x += 9  # a printed space
    assert [w.text for w in merge_tight(chars)] == ["S.H.H.", "MOTOR"]


def test_comma_touching_next_word_is_printed_without_space() -> None:
    row = [
        Word(text="NO.50,", bbox=(0, 0, 60, 20), confidence=0.9),
        Word(text="JALAN", bbox=(60, 0, 110, 20), confidence=0.9),
        Word(text="PBS", bbox=(125, 0, 155, 20), confidence=0.9),
    ]
    assert [w.text for w in merge_tight(row)] == ["NO.50,JALAN", "PBS"]


def test_empty_and_multi_page() -> None:
    doc = make_doc([words_at("PAGE ONE", 10, 10), [], words_at("PAGE THREE", 10, 10)])
    out = build_lines(doc)
    assert [(line.page, line.text) for line in out.lines] == [(1, "PAGE ONE"), (3, "PAGE THREE")]
    assert out.lines[0].block != out.lines[1].block
    assert page_lines(doc.pages[1]) == ([], 0)
    assert group_rows([]) == []
