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


def test_map_prints_a_stored_scenario(tmp_path, capsys):
    """`kzplanner map --project P --scenario NAME` draws that scenario's plan (issue 20)."""
    kzp = tmp_path / "p.kzp"
    assert main(["plan", "--budget", "500 000 000", "--project", str(kzp), "--scenario",
                 "Жоспар A"]) == 0
    capsys.readouterr()
    out = tmp_path / "a.png"
    assert main(["map", "--project", str(kzp), "--scenario", "Жоспар A", "--indicator",
                 "institutional_gap", "--dpi", "50", "--out", str(out), "--lang", "kk"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    projected = QImage(str(out))
    base = tmp_path / "base.png"
    assert main(["map", "--project", str(kzp), "--scenario", "Жоспар A", "--view", "baseline",
                 "--indicator", "institutional_gap", "--dpi", "50", "--out", str(base)]) == 0
    assert QImage(str(base)).size() == projected.size()
    assert QImage(str(base)) != projected  # the plan changed what the map shows
    # a scenario the project lacks: its message in the run's language, exit 2
    assert main(["map", "--project", str(kzp), "--scenario", "Z", "--out",
                 str(tmp_path / "z.png"), "--lang", "kk"]) == 2
    assert "«Z» сценарийі жоқ" in capsys.readouterr().err
    assert not (tmp_path / "z.png").exists()
