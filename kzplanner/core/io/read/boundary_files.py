"""Where a boundary layer is: a GeoPackage's layers, a shapefile with its sidecars (and the
encoding of its .dbf), a zipped shapefile's members."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from kzplanner.errors import KZError


def list_layers(path: str | Path) -> list[str]:
    """Layer names of a GeoPackage (or any multi-layer source); one name for a shapefile; the
    data files inside a zip that holds several (each a valid `layer` for read_boundaries)."""
    import pyogrio

    path = Path(path)
    if path.suffix.lower() == ".zip" and path.exists():
        members, _others, _names = _zip_members(path)
        if len(members) > 1:
            return members
    src, _layer, _notes = open_source(path)
    try:
        return [str(n) for n, _t in pyogrio.list_layers(src)]
    except Exception as exc:
        raise KZError("file_unreadable", file=str(path), detail=str(exc)[:200]) from exc


def _zip_members(path: Path) -> tuple[list[str], list[str], set[str]]:
    """The boundary files inside a checked zip: those read when none is chosen (every .shp;
    without one, every .gpkg / .geojson; without those, every .json), every data file a
    `layer` may name, and all member names in lower case. macOS's __MACOSX/ and ._ copies are
    left out."""
    from kzplanner.core.io.read.safety import check_zip

    zf = check_zip(path, kind="zipped shapefile")
    try:
        names = zf.namelist()
        bad = zf.testzip()
    except Exception as exc:
        raise KZError("file_corrupt", file=str(path), detail="zip") from exc
    finally:
        zf.close()
    if bad is not None:
        raise KZError("file_corrupt", file=str(path), detail=bad)
    lower = {n.lower() for n in names}
    names = [n for n in names if not n.startswith("__MACOSX/")
             and not PurePosixPath(n).name.startswith("._")]
    shps = [n for n in names if n.lower().endswith(".shp")]
    inner = [n for n in names if n.lower().endswith((".gpkg", ".geojson"))]
    jsons = [n for n in names if n.lower().endswith(".json")]
    return shps or inner or jsons, shps + inner + jsons, lower


def open_source(path: Path, layer: str | None = None) -> tuple[str, str | None, list[str]]:
    """What pyogrio opens (the file itself, or a member of a checked zip), the layer to read in
    it, and notes. In a zip `layer` names a member ("kaz_adm1.shp", "kaz_adm1" or its path in
    the zip); a zip holding several boundary files is refused unless one is named."""
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    if path.suffix.lower() == ".zip":
        members, data_files, names = _zip_members(path)
        if not members:
            raise KZError("file_unreadable", file=str(path),
                          detail="no .shp, .gpkg or .geojson inside")
        member, inner_layer = None, layer
        if layer is not None:
            wanted = layer.strip().lower()
            hits = [m for m in data_files if wanted in
                    (m.lower(), PurePosixPath(m).name.lower(), PurePosixPath(m).stem.lower())]
            if len(hits) == 1:
                member, inner_layer = hits[0], None
            elif len(hits) > 1:
                raise KZError("archive_several_layers", file=str(path), detail=", ".join(hits))
            elif len(members) > 1:
                raise KZError("layer_missing", file=str(path), sheet=layer,
                              detail=", ".join(members))
        if member is None:
            if len(members) > 1:
                raise KZError("archive_several_layers", file=str(path),
                              detail=", ".join(members))
            member = members[0]
        notes = [f"zip_member:{member}"] if len(data_files) > 1 else []
        if member.lower().endswith(".shp"):
            stem = member[:-4].lower()
            for ext in (".shx", ".dbf"):
                if stem + ext not in names:
                    raise KZError("shapefile_part_missing", file=f"{path}/{member}", detail=ext)
            if stem + ".prj" not in names:
                notes.append("prj_missing_assumed_wgs84")
        return f"/vsizip/{path}/{member}", inner_layer, notes
    if path.suffix.lower() == ".shp":
        for ext in (".shx", ".dbf"):
            if not sidecar(path, ext):
                raise KZError("shapefile_part_missing", file=str(path), detail=ext)
    return str(path), layer, []


def sidecar(shp: Path, ext: str) -> Path | None:
    for cand in (shp.with_suffix(ext), shp.with_suffix(ext.upper())):
        if cand.exists():
            return cand
    return None


def dbf_encoding(shp: Path) -> tuple[str | None, str]:
    """The DBF text encoding: from the .cpg, else detected from the bytes; and how it was found.

    Returns (None, …) when GDAL's own choice should stand (a .cpg GDAL understands, or ASCII).
    """
    cpg = sidecar(shp, ".cpg")
    if cpg is not None:
        text = cpg.read_text(encoding="ascii", errors="replace").strip().upper().replace("-", "")
        known = {"UTF8": "UTF-8", "1251": "CP1251", "CP1251": "CP1251", "WINDOWS1251": "CP1251",
                 "ANSI1251": "CP1251", "866": "CP866", "CP866": "CP866"}
        if text in known:
            return known[text], "cpg"
    dbf = sidecar(shp, ".dbf")
    if dbf is None:
        return None, "none"
    data = dbf.read_bytes()[:2_000_000]
    if data[29:30] == b"\xc9":  # language driver id 0xC9 = Russian Windows (CP1251)
        return "CP1251", "dbf_ldid"
    high = [b for b in data[32:] if b >= 0x80]
    if not high:
        return None, "ascii"
    try:
        data[32:].decode("utf-8")
        return "UTF-8", "detected"
    except UnicodeDecodeError:
        pass
    in866 = sum(0x80 <= b <= 0xAF or 0xE0 <= b <= 0xEF for b in high) / len(high)
    return ("CP866" if in866 > 0.8 else "CP1251"), "detected"
