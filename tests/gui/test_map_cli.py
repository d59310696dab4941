"""`kzplanner map`: PNG and PDF pages, --list-indicators, a bad indicator exits 2."""

from __future__ import annotations

from PySide6.QtGui import QImage

from kzplanner.cli import main


def test_map_png_default_indicator(tmp_path, capsys):
    out = tmp_path / "map.png"
    assert main(["map", "--out", str(out), "--portrait", "--lang", "kk"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (2480, 3508)


def test_map_pdf_projected_change(tmp_path):
    out = tmp_path / "map.pdf"
    assert main(["map", "--out", str(out), "--scenario", "change", "--indicator",
                 "institutional_gap", "--scheme", "fisher_jenks", "--classes", "4",
                 "--budget", "1000000000", "--paper", "A3"]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_list_indicators(capsys):
    assert main(["map", "--list-indicators", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("combined_gap\t") and any(x.startswith("psc_coverage") for x in lines)


def test_bad_indicator_exits_2_with_a_message(tmp_path, capsys):
    assert main(["map", "--indicator", "nope", "--out", str(tmp_path / "m.png"),
                 "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "nope" in err and "combined_gap" in err
    assert not (tmp_path / "m.png").exists()


def test_bad_suffix_exits_2(tmp_path):
    assert main(["map", "--out", str(tmp_path / "m.jpg")]) == 2
