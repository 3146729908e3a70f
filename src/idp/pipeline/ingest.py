"""Ingest: identify an input file, check it is safe to process, and render its pages.

Every way an input can be bad ends in a `QuarantineError` with a reason a person can act on;
nothing here raises anything else for bad bytes. Digital PDF pages keep their text layer (words
with boxes, no OCR); scanned pages, TIFF frames and images become RGB arrays for OCR. Pages are
rendered one at a time, on demand, so a long document never holds more than a few pages of pixels.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from pathlib import PurePosixPath

import cv2
import numpy as np
from PIL import Image, ImageSequence, UnidentifiedImageError

from idp.config import IngestSettings
from idp.document import (
    Document,
    Page,
    QuarantineError,
    QuarantineReason,
    SourceInfo,
    document_id_for,
)
from idp.pipeline import pdf, xml_input
from idp.pipeline.imaging import downscale

PDF, TIFF, JPEG, PNG, XML = "application/pdf", "image/tiff", "image/jpeg", "image/png", "application/xml"
SUPPORTED = (PDF, TIFF, JPEG, PNG, XML)
_SUFFIX_TYPES = {
    ".xml": XML,
    ".pdf": PDF,
    ".tif": TIFF,
    ".tiff": TIFF,
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".png": PNG,
}


def sniff_media_type(data: bytes) -> str | None:
    """The media type from the file's magic bytes, or None when it is none we process."""
    if data.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return PDF
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    if data[:3] == b"\xff\xd8\xff":
        return JPEG
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return PNG
    if xml_input.looks_like_xml(data):
        return XML
    return None


def ingest(data: bytes, name: str, uri: str, settings: IngestSettings) -> Document:
    """A Document with every page rendered, or a QuarantineError saying why not (tests, tools).

    The pipeline uses `open_input`, which renders one page at a time."""
    doc, pages = open_input(data, name, uri, settings)
    return doc.model_copy(update={"pages": list(pages)})


def open_input(data: bytes, name: str, uri: str, settings: IngestSettings) -> tuple[Document, Iterator[Page]]:
    """The Document (source info, no pages yet) and an iterator rendering its pages one at a time.

    File-level problems raise `QuarantineError` here; a page that cannot be decoded raises it from the
    iterator, and so does the end of a document whose every page is blank (known only at the end)."""
    media_type = _check_file(data, name, settings)
    attachments = []
    if media_type == PDF:
        count, pages = pdf.open_pdf(data, settings)
        attachments = pdf.xml_attachments(data, settings.max_attachment_bytes)
    elif media_type == XML:  # an e-invoice sent as XML alone: pages drawn from it
        count, pages, attachments = xml_input.open_xml(data, name, settings)
    else:
        count, pages = _open_image(data, media_type, settings)
    source = SourceInfo(
        uri=uri,
        name=name,
        sha256=document_id_for(data).split(":", 1)[1],
        media_type=media_type,
        size_bytes=len(data),
        pages=count,
    )
    doc = Document(document_id=document_id_for(data), source=source, attachments=attachments)
    return doc, _refuse_blank(pages, count)


def _refuse_blank(pages: Iterator[Page], count: int) -> Iterator[Page]:
    all_blank = True
    for page in pages:
        all_blank = all_blank and not page.words and page.image is not None and is_blank(page.image)
        yield page
    if all_blank:
        what = "page is" if count == 1 else f"one of the {count} pages is"
        raise QuarantineError(QuarantineReason.empty, f"the {what} blank: there is nothing to read")


def is_blank(image: np.ndarray, ink_share: float = 0.0005) -> bool:
    """True when almost no pixel stands out from the page's background (a blank or uniform scan)."""
    small, _ = downscale(image, 512)
    gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    background = float(np.median(gray))
    ink = np.count_nonzero(np.abs(gray.astype(np.int16) - background) > 48)
    return ink < ink_share * gray.size


def _check_file(data: bytes, name: str, settings: IngestSettings) -> str:
    if len(data) == 0:
        raise QuarantineError(QuarantineReason.empty, "the file is empty (0 bytes)")
    if len(data) > settings.max_file_bytes:
        raise QuarantineError(
            QuarantineReason.too_large,
            f"the file has {len(data):,} bytes, over the limit of {settings.max_file_bytes:,}",
        )
    media_type = sniff_media_type(data)
    claimed = _SUFFIX_TYPES.get(PurePosixPath(name).suffix.lower())
    if media_type is None:
        if claimed is not None:
            raise QuarantineError(
                QuarantineReason.corrupt,
                f"the file is named like {claimed} but its content is not a valid {claimed} file",
            )
        raise QuarantineError(
            QuarantineReason.unsupported_type,
            f"unsupported file type ({_describe(data)}); supported: PDF, TIFF, JPEG, PNG, XML e-invoices",
        )
    return media_type


def _describe(data: bytes) -> str:
    head = data[:512]
    try:
        head.decode("utf-8")
        return "plain text"
    except UnicodeDecodeError:
        return f"starts with bytes {head[:8].hex(' ')}"


def _open_image(data: bytes, media_type: str, settings: IngestSettings) -> tuple[int, Iterator[Page]]:
    kind = "TIFF" if media_type == TIFF else media_type.split("/")[1].upper()
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise QuarantineError(QuarantineReason.too_many_pixels, str(exc)) from exc
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
            raise QuarantineError(QuarantineReason.corrupt, f"cannot read the {kind} image: {exc}") from exc
    frames = getattr(image, "n_frames", 1)
    if frames > settings.max_pages:
        raise QuarantineError(
            QuarantineReason.too_many_pages,
            f"the {kind} has {frames} pages, over the limit of {settings.max_pages}",
        )
    return frames, _frames(image, kind, settings)


def _frames(image: Image.Image, kind: str, settings: IngestSettings) -> Iterator[Page]:
    """TIFF frames (or the one image) decoded one at a time."""
    for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
        width, height = frame.size
        if width * height > settings.max_page_pixels:
            raise QuarantineError(
                QuarantineReason.too_many_pixels,
                f"page {number} is {width}x{height} = {width * height:,} pixels, over the limit of "
                f"{settings.max_page_pixels:,} (a decompression bomb or an oversized scan)",
            )
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            page = _frame_to_page(frame, number, kind)
        yield page


def _frame_to_page(frame: Image.Image, number: int, kind: str) -> Page:
    try:
        frame.load()
        rgb = np.asarray(_square_pixels(_to_rgb(frame), frame.info.get("dpi")), dtype=np.uint8)
    except (OSError, SyntaxError, ValueError) as exc:
        reason = QuarantineReason.truncated if "truncated" in str(exc) else QuarantineReason.corrupt
        raise QuarantineError(reason, f"cannot decode page {number} of the {kind}: {exc}") from exc
    if rgb.ndim != 3 or rgb.shape[0] < 8 or rgb.shape[1] < 8:
        raise QuarantineError(
            QuarantineReason.corrupt, f"page {number} is too small to hold text: {rgb.shape}"
        )
    dpi = frame.info.get("dpi")
    return Page(
        number=number,
        width=int(rgb.shape[1]),
        height=int(rgb.shape[0]),
        image=rgb,
        dpi=max(float(dpi[0]), float(dpi[-1])) if dpi else None,
    )


def _square_pixels(image: Image.Image, dpi: tuple[float, float] | None) -> Image.Image:
    """A fax in normal mode (204 x 98 dpi) stretched to square pixels at its finer resolution: read as
    it is stored, its text would be half as tall as it is wide and the recogniser reads it badly."""
    if not dpi or len(dpi) < 2:
        return image
    x, y = float(dpi[0]), float(dpi[1])  # TIFF gives IFDRational values
    if min(x, y) <= 0 or abs(x / y - 1) < 0.1:
        return image
    width, height = image.size
    size = (width, round(height * x / y)) if x > y else (round(width * y / x), height)
    return image.resize(size, Image.Resampling.LANCZOS)


def _to_rgb(frame: Image.Image) -> Image.Image:
    if frame.mode == "RGB":
        return frame
    if frame.mode in ("I;16", "I;16B", "I;16L", "I"):
        array = np.asarray(frame, dtype=np.float64)
        top = float(array.max()) or 1.0
        return Image.fromarray((array * (255.0 / top)).astype(np.uint8)).convert("RGB")
    if frame.mode in ("RGBA", "LA", "P", "PA"):
        rgba = frame.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return frame.convert("RGB")
