"""Checks before a workbook or archive is opened: what the file really is, encryption, zip bombs,
unsafe paths, XML entities, and the limits of what a reader takes on.

Every check raises a KZError with a specific code, so the planner reads what is wrong with the file
instead of a parser's traceback; the data loaded before stays loaded.

What a file is comes from its first bytes, never from its name (`sniff`): an OLE2 container
(an Excel 97–2003 workbook, or a password-protected .xlsx), a zip (an .xlsx), a web page or an
Excel 2003 XML file saved under a spreadsheet name, UTF-16 text, plain text, or something else
(a PDF, a picture, an archive…), each named in the message.

Limits (documented in docs/data.md, "Safety and errors"): files up to MAX_FILE bytes, archives up
to MAX_UNCOMPRESSED expanded; of one sheet at most MAX_ROWS rows × MAX_COLS columns and
MAX_CELLS cells, MAX_MERGES merged areas; a read stops after READ_SECONDS. Beyond them the
reader refuses with a message naming the limit instead of minutes of swapping.
"""

from __future__ import annotations

import io
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from kzplanner.errors import KZError, from_os_error

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNCOMPRESSED = 300 * 1024 * 1024  # bytes a workbook or zipped shapefile may expand to
MAX_RATIO = 150  # uncompressed / compressed, beyond which a member is treated as a zip bomb
MAX_FILE = 200 * 1024 * 1024
# One sheet (or CSV file): what the readers hold in memory at most. Kazakhstan has about 7,000
# settlements and 60,000 institutions; a national register with every school, FAP, PSC and their
# branches, or the bench's stress register (200,000 institutions), fits with room to spare in a
# million rows. A sheet reaching Excel's last row (1,048,576: a stray cell, a hostile file) is
# still refused at once, and MAX_CELLS bounds the memory of a long and wide sheet.
MAX_ROWS = 1_000_000
MAX_COLS = 1_024
MAX_CELLS = 5_000_000  # rows × columns of the area read (≈ 400 MB of Python objects at most)
MAX_MERGES = 20_000
READ_SECONDS = 60.0
CSV_FIELD_LIMIT = 131_072  # characters in one CSV cell (the csv module's own default)


@dataclass(frozen=True)
class Sniffed:
    """What a file's first bytes say it is: 'ole', 'zip', 'text' (with its encoding when the
    bytes tell: a BOM or UTF-16's zero bytes), 'html', or 'other' (with `what`: 'PDF', …)."""

    kind: str
    encoding: str | None = None
    what: str = ""


_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3\x00", "an SQLite database (GeoPackage?)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x00\x00\x27\x0a", "a shapefile (.shp)"),
)


def sniff(path: Path) -> Sniffed:
    """What `path` holds, from its first 8 KB (the file must exist; see check_size)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise from_os_error(exc, str(path), "read") from exc
    if head.startswith(OLE_MAGIC):
        return Sniffed("ole")
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return Sniffed("zip")
    for magic, what in _SIGNATURES:
        if head.startswith(magic):
            return Sniffed("other", what=what)
    encoding = text_encoding(head)
    if encoding is None:
        return Sniffed("other", what="binary data, not text")
    try:
        text = head.decode(encoding, errors="ignore")
    except LookupError:  # pragma: no cover - the encodings named are built in
        text = head.decode("latin-1")
    start = text.lstrip("\ufeff \t\r\n").lower()
    if start.startswith(("<!doctype html", "<html", "<table", "<head", "<body", "<meta")) or (
            start.startswith("<?xml") and "<html" in start[:4096]) or \
            start.startswith("mime-version:"):
        return Sniffed("html", encoding)
    if start.startswith("<?xml") or start.startswith("<workbook"):
        if "urn:schemas-microsoft-com:office:spreadsheet" in start or "<workbook" in start:
            return Sniffed("other", what="an Excel 2003 XML Spreadsheet")
        return Sniffed("other", what="an XML document")
    return Sniffed("text", encoding)


def text_encoding(head: bytes) -> str | None:
    """The encoding the first bytes of a text file announce ('utf-8-sig', 'utf-16', 'utf-32',
    'utf-16-le'/'-be' for UTF-16 without a BOM), '' when they do not (UTF-8, CP1251 or CP866:
    text.decode_text decides), None for binary data."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    sample = head[:4096]
    if b"\x00" not in sample:
        return ""
    even, odd = sample[0::2], sample[1::2]
    if len(sample) >= 4:
        # the high bytes of ASCII and Cyrillic letters in UTF-16 are 0x00 and 0x04
        if even.count(0) < 0.05 * len(even) and _high_bytes(odd):
            return "utf-16-le"
        if odd.count(0) < 0.05 * len(odd) and _high_bytes(even):
            return "utf-16-be"
    return None


def _high_bytes(half: bytes) -> bool:
    return half.count(0) > 0 and half.count(0) + half.count(4) > 0.7 * len(half)


def refuse_unreadable(path: Path, sniffed: Sniffed) -> None:
    """A file that is no table at all (a web page, a PDF, …): its own message."""
    if sniffed.kind == "html":
        raise KZError("html_as_table", file=str(path))
    if sniffed.kind == "other":
        raise KZError("not_a_table_file", file=str(path), detail=sniffed.what)


def ole_streams(path: Path) -> set[str]:
    """Names of the streams in an OLE2 container ('Workbook', 'EncryptedPackage', …); when the
    directory cannot be read, the names found spelled in UTF-16 anywhere in the file."""
    import mmap

    names = ("Workbook", "Book", "EncryptedPackage", "EncryptionInfo", "WordDocument",
             "PowerPoint Document")
    try:
        from xlrd.compdoc import CompDoc

        data = path.read_bytes()
        doc = CompDoc(data, logfile=io.StringIO())
        found = {d.name for d in doc.dirlist}
        if found & set(names):
            return found
    except Exception:  # noqa: BLE001 - a damaged directory: search the bytes instead
        pass
    found = set()
    try:
        with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mem:
            for name in names:
                if mem.find(name.encode("utf-16-le")) >= 0:
                    found.add(name)
    except (OSError, ValueError):
        pass
    return found


def ole_kind(path: Path) -> str:
    """'encrypted' (a password-protected .xlsx inside OLE), 'xls' (an Excel 97–2003 workbook),
    or what else the container holds ('a Word document (.doc)', …)."""
    streams = ole_streams(path)
    if "EncryptedPackage" in streams or "EncryptionInfo" in streams:
        return "encrypted"
    if streams & {"Workbook", "Book"}:
        return "xls"
    if "WordDocument" in streams:
        return "a Word document (.doc)"
    if "PowerPoint Document" in streams:
        return "a PowerPoint presentation (.ppt)"
    return "xls"  # xlrd gives the specific message for a damaged one


def check_size(path: Path) -> None:
    try:
        if path.is_dir():
            raise KZError("path_is_folder", file=str(path))
        size = path.stat().st_size
    except OSError as exc:
        raise from_os_error(exc, str(path), "read") from exc
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


def _zip_contents(names: list[str]) -> str:
    """What a zip that is no workbook holds, for the message."""
    low = [n.lower() for n in names]
    if "mimetype" in low or "content.xml" in low:
        return "an OpenDocument spreadsheet (.ods)"
    if any(n.startswith("word/") for n in low):
        return "a Word document (.docx)"
    if any(n.startswith("ppt/") for n in low):
        return "a PowerPoint presentation (.pptx)"
    inner = [n for n in names if n.lower().endswith((".xlsx", ".xls", ".csv", ".shp", ".gpkg"))]
    if inner:
        return "a zip archive with " + ", ".join(inner[:3]) + " (unpack it first)"
    return "a zip archive, not an Excel workbook"


def check_xlsx(path: Path) -> None:
    """A workbook that openpyxl may open: not encrypted, a sound zip, no DTD/entities in XML."""
    open_checked_xlsx(path).close()


def open_checked_xlsx(path: Path) -> zipfile.ZipFile:
    """check_xlsx's checks, and the workbook's zip left open for the caller (who closes it;
    opening it again would read its directory a second time)."""
    check_size(path)
    sniffed = sniff(path)
    if sniffed.kind == "ole":
        kind = ole_kind(path)
        if kind == "encrypted":
            # an .xlsx in an OLE container is an encrypted (password-protected) workbook
            raise KZError("workbook_encrypted", file=str(path))
        raise KZError("not_a_table_file", file=str(path),
                      detail="an Excel 97–2003 workbook (.xls) under an .xlsx name"
                      if kind == "xls" else kind)
    if sniffed.kind in ("html", "other"):
        refuse_unreadable(path, sniffed)
    if sniffed.kind != "zip":
        raise KZError("file_corrupt", file=str(path), detail="not an Excel workbook")
    zf = check_zip(path)
    try:
        for info in zf.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            try:
                with zf.open(info) as member:
                    start = member.read(2048)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError) as exc:
                raise KZError("file_corrupt", file=str(path), detail=info.filename) from exc
            if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                raise KZError("xml_entities", file=str(path), detail=info.filename)
        if "xl/workbook.xml" not in zf.namelist():
            names = zf.namelist()
            if "mimetype" in names or any(n.startswith(("word/", "ppt/")) for n in names) \
                    or not any(n.startswith("xl/") for n in names):
                raise KZError("not_a_table_file", file=str(path), detail=_zip_contents(names))
            raise KZError("file_corrupt", file=str(path), detail="no xl/workbook.xml")
    except BaseException:
        zf.close()
        raise
    return zf


class Budget:
    """The time a reader may take: `check()` in its loops raises KZError('read_too_slow')."""

    def __init__(self, path: Path | str, seconds: float | None = None) -> None:
        self.path = str(path)
        self.seconds = READ_SECONDS if seconds is None else seconds
        self.deadline = time.monotonic() + self.seconds

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise KZError("read_too_slow", file=self.path, detail=f"{self.seconds:g}")
