"""Documents laid out as OCR words with pixel boxes, for the extractor tests (no OCR, no images)."""

from __future__ import annotations

from idp.document import Document, Page, SourceInfo, Word

CHAR_W = 10.0
LINE_H = 20.0


def words_at(
    text: str, x: float, y: float, h: float = LINE_H, char_w: float = CHAR_W, conf: float = 0.98
) -> list[Word]:
    """``text`` printed from (x, y): one Word per space-separated token, boxes as wide as their letters."""
    out, pos = [], 0
    for token in text.split(" "):
        if token:
            x0 = x + pos * char_w
            out.append(Word(text=token, bbox=(x0, y, x0 + len(token) * char_w, y + h), confidence=conf))
        pos += len(token) + 1
    return out


def doc_from_rows(
    rows: list[tuple[float, list[tuple[float, str]]]], width: int = 600, height: int = 1200, pages: int = 1
) -> Document:
    """A document whose first page has, per row ``(y, [(x, text), ...])``, the texts at those places."""
    words = [w for y, cells in rows for x, text in cells for w in words_at(text, x, y)]
    return make_doc([words] + [[] for _ in range(pages - 1)], width, height)


def make_doc(pages_words: list[list[Word]], width: int = 600, height: int = 1200) -> Document:
    source = SourceInfo(
        uri="mem://test",
        name="test",
        sha256="0" * 64,
        media_type="image/png",
        size_bytes=0,
        pages=len(pages_words),
    )
    pages = [
        Page(number=n, width=width, height=height, words=words, text_source="ocr")
        for n, words in enumerate(pages_words, start=1)
    ]
    return Document(document_id="sha256:" + "0" * 64, source=source, pages=pages)


def receipt_rows() -> list[tuple[float, list[tuple[float, str]]]]:
    """A typical till receipt: shop name, registration, address, phone, date, items, totals, payment."""
    return [
        (20, [(150, "SUNRISE MART SDN BHD")]),
        (45, [(220, "(123456-X)")]),
        (70, [(90, "NO 12, JALAN MERANTI 3,")]),
        (95, [(110, "50450 KUALA LUMPUR")]),
        (120, [(120, "TEL: 03-2145 8890")]),
        (145, [(110, "GST ID: 000123456789")]),
        (185, [(180, "TAX INVOICE")]),
        (225, [(20, "DATE: 14/03/2019 10:22:01"), (400, "CASHIER: 01")]),
        (265, [(20, "BREAD"), (300, "1 x 3.50"), (480, "3.50")]),
        (290, [(20, "MILK"), (300, "2 x 4.20"), (480, "8.40")]),
        (330, [(20, "SUB TOTAL"), (480, "11.23")]),
        (355, [(20, "GST 6%"), (480, "0.67")]),
        (380, [(20, "ROUNDING"), (480, "0.00")]),
        (405, [(20, "TOTAL"), (440, "RM 11.90")]),
        (430, [(20, "CASH"), (470, "20.00")]),
        (455, [(20, "CHANGE"), (480, "8.10")]),
        (495, [(120, "THANK YOU, PLEASE COME AGAIN")]),
    ]
