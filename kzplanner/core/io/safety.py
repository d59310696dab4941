"""Checks before a workbook or archive is opened: encryption, zip bombs, unsafe paths, XML entities.

Every check raises a KZError with a specific code, so the planner reads what is wrong with the file
instead of a parser's traceback; the data loaded before stays loaded.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from kzplanner.errors import KZError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNCOMPRESSED = 300 * 1024 * 1024  # bytes a workbook or zipped shapefile may expand to
MAX_RATIO = 150  # uncompressed / compressed, beyond which a member is treated as a zip bomb
MAX_FILE = 200 * 1024 * 1024


def check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE:
        raise KZError("file_too_large", file=str(path), detail=f"{size // (1024 * 1024)} MB")
    if size == 0:
        raise KZError("file_empty", file=str(path))


def check_zip(path: Path, *, kind: str = "workbook") -> zipfile.ZipFile:
    """Open `path` as a zip after checking member paths and sizes; the caller closes it."""
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise KZError("file_corrupt", file=str(path), detail=kind) from exc
    except OSError as exc:
        raise KZError("file_unreadable", file=str(path), detail=str(exc)[:200]) from exc
    total = 0
    for info in zf.infolist():
        name = info.filename.replace("\\", "/")
        if name.startswith("/") or ".." in name.split("/") or ":" in name.split("/")[0]:
            zf.close()
            raise KZError("unsafe_archive", file=str(path), detail=info.filename)
        total += info.file_size
        if info.compress_size and info.file_size / max(info.compress_size, 1) > MAX_RATIO \
                and info.file_size > 10 * 1024 * 1024:
            zf.close()
            raise KZError("archive_bomb", file=str(path), detail=info.filename)
    if total > MAX_UNCOMPRESSED:
        zf.close()
        raise KZError("archive_bomb", file=str(path), detail=f"{total // (1024 * 1024)} MB")
    return zf


def check_xlsx(path: Path) -> None:
    """A workbook that openpyxl may open: not encrypted, a sound zip, no DTD/entities in XML."""
    check_size(path)
    with path.open("rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        # an .xlsx in an OLE container is an encrypted (password-protected) workbook
        raise KZError("workbook_encrypted", file=str(path))
    if not head.startswith(b"PK"):
        raise KZError("file_corrupt", file=str(path), detail="not an Excel workbook")
    zf = check_zip(path)
    try:
        for info in zf.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            try:
                with zf.open(info) as member:
                    start = member.read(2048)
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise KZError("file_corrupt", file=str(path), detail=info.filename) from exc
            if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                raise KZError("xml_entities", file=str(path), detail=info.filename)
        if "xl/workbook.xml" not in zf.namelist():
            raise KZError("file_corrupt", file=str(path), detail="no xl/workbook.xml")
    finally:
        zf.close()
