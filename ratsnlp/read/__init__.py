"""Read minutes from files, directories or stdin into :class:`Source` objects (text + metadata).

This layer knows nothing of spaCy: it turns bytes into the text that every offset refers to.
"""

from __future__ import annotations

from .sources import SUFFIXES, Source, iter_paths, read_bytes, read_source, source_from_bytes

__all__ = ["SUFFIXES", "Source", "iter_paths", "read_bytes", "read_source", "source_from_bytes"]
