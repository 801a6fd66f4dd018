"""Bytes -> text: encoding detection, binary and truncation checks, mojibake repair.

The decoded text is what every character offset in ratsnlp's tables refers to, and what
`ratsnlp text PATH` prints. Line ends are normalised to "\\n", as Python's text mode does, and stray
control characters (NUL and the other C0 codes except tab, line feed, form feed and carriage return)
are removed with a warning (W001); a file with many of them is binary (E004).
"""

from __future__ import annotations

import codecs
import re

from ..errors import Errors, SourceError, Warnings

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
# more control bytes than this share (in the first 8 KB or in the whole file) make a file binary; fewer are
# stray characters in text (NUL bytes left by PDF-to-text tools) and are removed with a warning
MAX_CONTROL_SHARE = 0.05
_C0 = re.compile("[\x00-\x08\x0b\x0e-\x1f]")  # C0 controls except \t \n \f \r
# UTF-8 read as cp1252/latin-1: "Ã¼" for "ü", "â€ž" for "„".
_CP1252_HIGH = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(f"[\u00c2\u00c3][\u0080-\u00bf{_CP1252_HIGH}]|\u00e2\u20ac[\u0080-\u00bf{_CP1252_HIGH}]")


def looks_binary(data: bytes) -> str | None:
    """A reason when `data` is not text (a known binary magic, or over 5% control bytes; fewer are removed)."""
    head = data[:8192]
    if head.startswith(b"%PDF"):
        return "a PDF file with a text-file name; rename it to .pdf so that the PDF reader reads it"
    for magic, name in ((b"PK\x03\x04", "a ZIP/Office file"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image")):
        if head.startswith(magic):
            return name
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    for part, where in ((head, f"the first {len(head):,}"), (data, f"{len(data):,}")):
        controls = _controls(part)
        if part and controls / len(part) > MAX_CONTROL_SHARE:
            nul = part.count(0)
            return f"{controls:,} control bytes in {where}" + (f", {nul:,} of them NUL" if nul else "")
    return None


def _controls(data: bytes) -> int:
    return len(data.translate(None, _NOT_CONTROL))  # the control bytes are what deleting the others leaves


def decode(data: bytes, path: str, *, encoding: str | None = None) -> tuple[str, str, list[str]]:
    """Decode `data`; return (text, encoding used, warnings)."""
    warnings: list[str] = []
    if encoding:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as err:
            raise SourceError(Errors.E005.format(path=path, detail=str(err))) from None
        return _finish(text, path, warnings), encoding, warnings
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _finish(data.decode(enc), path, warnings), enc, warnings
            except UnicodeDecodeError as err:
                raise SourceError(Errors.E005.format(path=path, detail=str(err))) from None
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError as err:
        if err.start >= len(data) - 3 and err.reason == "unexpected end of data":
            text = data[: err.start].decode("utf-8")
            enc = "utf-8"
            warnings.append(f"{path}: the file ends inside a character (truncated?); the last {len(data) - err.start} bytes were dropped")
        else:
            text, enc = _detect(data, path)
    repaired = repair_mojibake(text)
    if repaired != text:
        warnings.append(f"{path}: repaired mis-decoded umlauts (UTF-8 read as cp1252)")
    return _finish(repaired, path, warnings), enc, warnings


def _detect(data: bytes, path: str) -> tuple[str, str]:
    # German minutes that are not UTF-8 are nearly always cp1252 (Windows) or latin-1.
    try:
        text = data.decode("cp1252")
        if not re.search("[\u0080-\u009f]", text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise SourceError(Errors.E005.format(path=path, detail="no text encoding fits the bytes"))
    return str(best), best.encoding


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp1252 sequences, one at a time, leaving correct text alone."""
    if "\u00c3" not in text and "\u00e2\u20ac" not in text and "\u00c2" not in text:
        return text

    def fix(m: re.Match[str]) -> str:
        s = m.group(0)
        for enc in ("cp1252", "latin-1"):
            try:
                return s.encode(enc).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        return s

    return _MOJIBAKE.sub(fix, text)


def _finish(text: str, path: str, warnings: list[str]) -> str:
    """Line ends normalised to "\\n"; stray control characters removed, with a warning that counts them."""
    text, removed = _C0.subn("", text)
    if removed:
        warnings.append(Warnings.W001.format(path=path, n=removed))
    return text.replace("\r\n", "\n").replace("\r", "\n")
