"""Find inputs and read each into a :class:`Source`."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Errors, SourceError
from .html import html_to_text
from .text import decode, looks_binary

SUFFIXES = (".txt", ".text", ".html", ".htm", ".pdf")
MEDIA_TYPES = {"text/plain": ".txt", "text/html": ".html", "application/xhtml+xml": ".html", "application/pdf": ".pdf"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Source:
    """One document's decoded text, where it came from, and what the reader learned about it."""

    source: str
    text: str
    doc_id: str
    encoding: str = "utf-8"
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def iter_paths(inputs: list[str]) -> Iterator[str]:
    """Expand directories (recursively, sorted) to the files ratsnlp reads; '-' is stdin."""
    for item in inputs:
        if item == "-":
            yield item
            continue
        p = Path(item)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith("."):
                    yield str(f)
        else:
            yield item


def doc_id_for(source: str) -> str:
    """A short stable id: the file stem plus a hash of the full path (stems repeat across towns)."""
    stem = Path(source).stem if source != "-" else "stdin"
    digest = hashlib.sha1(source.encode("utf-8")).hexdigest()[:8]
    return f"{stem}-{digest}"


def read_bytes(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        p = Path(path)
        if not p.is_file():
            raise SourceError(Errors.E007.format(path=path))
        size = p.stat().st_size
        if size > max_bytes:
            raise SourceError(Errors.E006.format(path=path, size=size / 2**20, limit=max_bytes / 2**20))
        data = p.read_bytes()
    if len(data) > max_bytes:
        raise SourceError(Errors.E006.format(path=path, size=len(data) / 2**20, limit=max_bytes / 2**20))
    return data


def read_source(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> Source:
    """Read one input. Raises SourceError with a message that names the file and the fix."""
    suffix = Path(path).suffix.lower() if path != "-" else ".txt"
    if suffix not in SUFFIXES:
        raise SourceError(Errors.E008.format(path=path, suffix=suffix))
    data = read_bytes(path, max_bytes=max_bytes)
    return source_from_bytes(data, path, suffix=suffix, encoding=encoding)


def source_from_bytes(
    data: bytes,
    path: str,
    *,
    suffix: str | None = None,
    media_type: str | None = None,
    encoding: str | None = None,
    meta: dict[str, str] | None = None,
) -> Source:
    """Decode downloaded or read bytes with the reader their type calls for (.txt/.html/.pdf).

    The type comes from `suffix`, else `media_type` (e.g. an OParl File's mimeType), else the bytes.
    """
    if suffix is None:
        suffix = MEDIA_TYPES.get((media_type or "").split(";")[0].strip().lower())
    if suffix is None:
        head = data[:1024].lstrip().lower()
        suffix = ".pdf" if data.startswith(b"%PDF") else ".html" if head.startswith((b"<!doctype html", b"<html")) else ".txt"
    if not data.strip():
        raise SourceError(Errors.E003.format(path=path))
    found: dict[str, str] = {}
    warnings: list[str] = []
    if suffix == ".pdf":
        from .pdf import pdf_to_text

        text, found = pdf_to_text(data, path)
        enc = "pdf"
    else:
        reason = looks_binary(data)
        if reason:
            raise SourceError(Errors.E004.format(path=path, detail=reason))
        text, enc, warnings = decode(data, path, encoding=encoding)
        if suffix in (".html", ".htm") or (path == "-" and text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))):
            text, found = html_to_text(text, path)
    if not text.strip():
        raise SourceError(Errors.E003.format(path=path))
    for key, what in (("pdf_skipped_pages", "pages could not be read"), ("pdf_pages_without_text", "pages have no text layer (OCR needed)")):
        if found.get(key):
            warnings.append(f"{path}: {what}: {found[key]}")
    return Source(source=path, text=text, doc_id=doc_id_for(path), encoding=enc, meta={**found, **(meta or {})}, warnings=warnings)
