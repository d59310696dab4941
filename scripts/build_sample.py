"""Build the illustrative sample workbooks in resources/sample/.

    python scripts/build_sample.py

Reads maps/kz_geokz_2024_adm2.gpkg (today's 224 districts, cities and city districts; built by
scripts/build_geokz_2024.py from geokz, CC BY 4.0) and writes
  resources/sample/kz_sample_statistics.xlsx   (one row per district)
  resources/sample/kz_sample_institutions.xlsx (register of schools, FAPs, PSCs)
Population and the number of schools are official BNS figures per oblast (20 regions, 2023 and
2022/23): each oblast's districts sum to them exactly; how a figure is shared among the districts
is illustrative. Everything else is generated (numpy default_rng, fixed seed) for illustration.
Output is deterministic.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import sys
import zipfile
from pathlib import Path

import numpy as np
import pyogrio
import shapely
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

ROOT = Path(__file__).resolve().parent.parent
MAP = ROOT / "maps" / "kz_geokz_2024_adm2.gpkg"
sys.path.insert(0, str(ROOT))
from kzplanner.core import kinds  # noqa: E402  (the KATO structure, as the app reads it)

OUT_DIR = ROOT / "resources" / "sample"
STATS_XLSX = OUT_DIR / "kz_sample_statistics.xlsx"
INST_XLSX = OUT_DIR / "kz_sample_institutions.xlsx"

SEED = 20240601
FIXED_TIME = dt.datetime(2024, 6, 1, 0, 0, 0)

TITLE = ("ILLUSTRATIVE SAMPLE DATA — not official statistics · "
         "Иллюстративные данные — не официальная статистика · "
         "Көрнекі деректер — ресми статистика емес")
NOTE = ("Population (1 Jan 2023) and number of schools (2022/23) are official BNS figures per "
        "oblast: each oblast's districts sum to them; their split among districts and all other "
        "values are generated for illustration (see sheet \"sources\"). · Численность населения "
        "и число школ — официальные данные БНС по областям (сумма районов области равна им); "
        "распределение по районам и остальное сгенерировано для примера.")

# ---------------------------------------------------------------- official facts (BNS)
# Population at 1 January 2023, by current (2022+) region.
POP_2023 = {
    "Abay": 610205, "Akmola": 788023, "Aktobe": 928161, "Almaty obl": 1505968,
    "Atyrau": 693085, "West Kazakhstan": 688129, "Zhambyl": 1218170, "Zhetysu": 698729,
    "Karaganda": 1134854, "Kostanay": 832237, "Kyzylorda": 833676, "Mangystau": 767107,
    "Pavlodar": 754949, "North Kazakhstan": 534108, "Turkistan": 2119320, "Ulytau": 221426,
    "East Kazakhstan": 730236, "Astana": 1354507, "Almaty city": 2161797, "Shymkent": 1192120,
}
POP_TOTAL = 19766807
# Number of general-education day schools, 2022/23, by current region.
SCHOOLS_2022 = {
    "Abay": 318, "Akmola": 559, "Aktobe": 426, "Almaty obl": 464, "Atyrau": 220,
    "West Kazakhstan": 381, "Zhambyl": 501, "Zhetysu": 349, "Karaganda": 437, "Kostanay": 476,
    "Kyzylorda": 331, "Mangystau": 186, "Pavlodar": 371, "North Kazakhstan": 467,
    "Turkistan": 1004, "Ulytau": 88, "East Kazakhstan": 361, "Astana": 164,
    "Almaty city": 333, "Shymkent": 251,
}
# 2024 region (KATO) -> the name used in POP_2023 / SCHOOLS_2022.
REGION_OF = {
    "100000000": "Abay", "110000000": "Akmola", "150000000": "Aktobe",
    "190000000": "Almaty obl", "230000000": "Atyrau", "270000000": "West Kazakhstan",
    "310000000": "Zhambyl", "330000000": "Zhetysu", "350000000": "Karaganda",
    "390000000": "Kostanay", "430000000": "Kyzylorda", "470000000": "Mangystau",
    "550000000": "Pavlodar", "590000000": "North Kazakhstan", "610000000": "Turkistan",
    "620000000": "Ulytau", "630000000": "East Kazakhstan", "710000000": "Astana",
    "750000000": "Almaty city", "790000000": "Shymkent",
}
AGG_NOTE = ("Official per oblast and city of republican significance (20 regions, 2024 "
            "boundaries): the rows of an oblast's districts, cities and city districts sum "
            "exactly to the official figure; the split among them is illustrative.")
SRC_POP = ("Bureau of National Statistics of the Republic of Kazakhstan (stat.gov.kz), "
           "\"Численность населения по областям\" 2000–2023, value at 1 January 2023; via "
           "github.com/open-data-kazakhstan/population-projections-by-regions (PDDL 1.0)")
SRC_SCH = ("Bureau of National Statistics of the Republic of Kazakhstan (stat.gov.kz), dynamic "
           "table \"Число общеобразовательных школ\" 2000/01–2022/23, day general-education "
           "schools 2022/23; via github.com/open-data-kazakhstan/city-school-private-public "
           "(PDDL 1.0)")
SRC_GEN = f"Generated for illustration by scripts/build_sample.py (seed {SEED})"
SRC_REG = "Derived from the illustrative register kz_sample_institutions.xlsx"

# ---------------------------------------------------------------- illustrative parameters
SOUTH = {"190000000", "230000000", "310000000", "330000000", "430000000", "470000000",
         "610000000", "790000000"}
BENCHMARK = {"school": 10.0, "fap": 10.0, "psc": 20.0}
TYPE_PREFIX = {"school": "SCH", "fap": "FAP", "psc": "PSC"}
GROUPS = ["large_families", "hs_students", "novice_teachers", "elderly_60plus", "pwd"]
GROUP_LABEL = {
    "large_families": "large families", "hs_students": "high-school students",
    "novice_teachers": "novice teachers", "elderly_60plus": "people aged 60+",
    "pwd": "persons with disabilities",
}
FAP_TOTAL = 1500
PSC_TOTAL = 350
PSC_MIN = 8

STAT_COLUMNS = (
    ["unit_code", "unit_name_ru", "population", "rural_population", "households",
     "households_no_internet", "network_coverage_share", "schools_total", "schools_connected",
     "faps_total", "faps_connected", "pscs_total", "pscs_connected"]
    + [f"{g}_{s}" for g in GROUPS for s in ("eligible", "no_device", "no_internet")]
)
INST_COLUMNS = ["inst_id", "name", "name_kk", "type", "unit_code", "lat", "lon", "area_type",
                "people_served", "connected", "download_mbps", "connection_type",
                "has_equipment", "has_licences"]


# ---------------------------------------------------------------- helpers
def largest_remainder(total: int, weights: np.ndarray) -> np.ndarray:
    w = np.asarray(weights, dtype=float)
    if w.sum() == 0:
        return np.zeros(len(w), dtype=int)
    raw = total * w / w.sum()
    out = np.floor(raw).astype(int)
    rest = total - out.sum()
    order = np.argsort(-(raw - out), kind="stable")
    out[order[:rest]] += 1
    return out


def sample_in_polygon(rng, geom, n, centre=None, max_km=15.0, sigma_km=6.0):
    """n points (lon, lat) inside geom, by rejection. With centre: within max_km of it."""
    shapely.prepare(geom)
    pts: list[tuple[float, float]] = []
    minx, miny, maxx, maxy = geom.bounds
    tries = 0
    while len(pts) < n:
        tries += 1
        if tries > 10000:
            raise RuntimeError("rejection sampling failed to converge")
        m = max(64, 4 * (n - len(pts)))
        if centre is None:
            x = rng.uniform(minx, maxx, m)
            y = rng.uniform(miny, maxy, m)
            ok = np.ones(m, dtype=bool)
        else:
            cx, cy = centre
            dx = rng.normal(0.0, sigma_km, m)
            dy = rng.normal(0.0, sigma_km, m)
            ok = np.hypot(dx, dy) <= max_km
            y = cy + dy / 111.32
            x = cx + dx / (111.32 * math.cos(math.radians(cy)))
        x = np.round(x, 5)
        y = np.round(y, 5)
        ok &= shapely.contains_xy(geom, x, y)
        pts.extend(zip(x[ok].tolist(), y[ok].tolist(), strict=True))
    return pts[:n]


def yn(b: bool) -> str:
    return "yes" if b else "no"


# ---------------------------------------------------------------- generation
def load_units():
    gdf = pyogrio.read_dataframe(MAP, layer="adm2")
    gdf = gdf.sort_values("KATO").reset_index(drop=True)
    tops = {kinds.top_code(c) for c in gdf["KATO"]}
    if len(gdf) != 224 or tops != set(REGION_OF):
        sys.exit(f"error: {MAP} does not hold the 224 expected units of the 20 regions")
    area_km2 = gdf.to_crs("ESRI:102025").area.to_numpy() / 1e6  # Asia North Albers equal area
    return gdf, area_km2


def split_population(rng, members: list[int], kinds_: list[str], area: np.ndarray,
                     total: int) -> np.ndarray:
    """An oblast's official population shared among its units (illustrative): the centre city
    (the first city, KATO xx10) 30-45 %, other cities 2-8 % each, districts the rest by
    area^0.25 with noise; city districts of a city of republican significance about equally."""
    n = len(members)
    if all(k == kinds.CITY_DISTRICT for k in kinds_):
        return largest_remainder(total, rng.dirichlet(np.full(n, 6.0)))
    w = np.zeros(n)
    cities = [i for i, k in enumerate(kinds_) if k == kinds.CITY]
    districts = [i for i, k in enumerate(kinds_) if k != kinds.CITY]
    city_share = 0.0
    for j, i in enumerate(cities):
        w[i] = rng.uniform(0.30, 0.45) if j == 0 else rng.uniform(0.02, 0.08)
        city_share += w[i]
    city_share = min(city_share, 0.8)
    if cities:
        w[cities] *= city_share / w[cities].sum()
    dw = area[districts] ** 0.25 * rng.lognormal(0.0, 0.35, len(districts))
    w[districts] = (1.0 - city_share) * dw / dw.sum() if districts else 0.0
    return largest_remainder(total, w)


def apportion_min_one(total: int, weights: np.ndarray) -> np.ndarray:
    """Whole numbers summing to `total`, at least one each, the rest by largest remainder."""
    n = len(weights)
    return 1 + largest_remainder(total - n, weights) if total >= n else \
        largest_remainder(total, weights)


def generate_units(rng, gdf, area_km2):
    assert sum(POP_2023.values()) == POP_TOTAL
    codes = gdf["KATO"].tolist()
    unit_kind = [kinds.kind_from_code(c) for c in codes]
    top = [kinds.top_code(c) for c in codes]
    pop = np.zeros(len(gdf), dtype=int)
    schools = np.zeros(len(gdf), dtype=int)
    rural_share = np.zeros(len(gdf))
    for region, name in REGION_OF.items():
        idx = [i for i, t in enumerate(top) if t == region]
        pop[idx] = split_population(rng, idx, [unit_kind[i] for i in idx], area_km2[idx],
                                    POP_2023[name])
        for i in idx:
            rural_share[i] = (rng.uniform(0.0, 0.03) if unit_kind[i] != kinds.DISTRICT
                              else rng.uniform(0.70, 0.98))
        # rural districts have many small schools: a rural person weighs 3x an urban one
        w = pop[idx] * (1.0 + 2.0 * rural_share[idx])
        schools[idx] = apportion_min_one(SCHOOLS_2022[name], w)
    units = []
    area_norm = area_km2 / area_km2.max()
    # institution names carry their unit's name; a district name several oblasts share (Abay,
    # Esil, Zhambyl, Aktogay, Nura) gets its oblast's, as the app shows it
    dup_ru = gdf["name_ru"].duplicated(keep=False)
    label_ru = [f"{n} — {o}" if d else n for n, o, d in zip(gdf["name_ru"], gdf["ADM1_RU"], dup_ru, strict=True)]
    label_kk = [f"{n} — {o}" if d else n for n, o, d in zip(gdf["name_kk"], gdf["ADM1_KK"], dup_ru, strict=True)]
    for i, r in gdf.iterrows():
        code = r["KATO"]
        rural = float(rural_share[i])
        south = top[i] in SOUTH
        hh_size = rng.uniform(3.9, 4.5) if south else rng.uniform(3.3, 3.8)
        cov = 0.995 - 0.15 * rural - 0.08 * area_norm[i] ** 0.5 + rng.normal(0, 0.01)
        cov = float(np.clip(cov, 0.75, 0.995))
        p = int(pop[i])
        hh = int(round(p / hh_size))
        hh_noi_share = float(np.clip(0.04 + 0.22 * rural + 0.5 * (0.99 - cov)
                                     + rng.normal(0, 0.01), 0.03, 0.30))
        geom = r["geometry"]
        centre = shapely.point_on_surface(geom)
        units.append(dict(
            unit_code=code, unit_name_ru=r["name_ru"], name_kk=r["name_kk"],
            label_ru=label_ru[i], label_kk=label_kk[i],
            level="city" if unit_kind[i] != kinds.DISTRICT else "district", top=top[i],
            geom=geom, centre=(centre.x, centre.y),
            population=p, rural_share=rural, rural_population=int(round(p * rural)),
            households=hh, households_no_internet=int(round(hh * hh_noi_share)),
            network_coverage_share=round(cov, 3), schools_total=int(schools[i]),
        ))
    # FAPs ~ rural population (districts only); PSCs: one per unit, the rest ~ population.
    w_fap = np.array([0 if u["level"] == "city" else u["rural_population"] * rng.uniform(0.85, 1.15)
                      for u in units])
    faps = largest_remainder(FAP_TOTAL, w_fap)
    pops = np.array([u["population"] for u in units], dtype=float)
    pscs = apportion_min_one(PSC_TOTAL, pops * rng.uniform(0.9, 1.1, len(units)))
    for u, f, p in zip(units, faps, pscs, strict=True):
        u["faps_total"] = int(f)
        u["pscs_total"] = int(p)
    # Target groups.
    shares = {  # (low, high) share of population eligible
        "large_families": None, "hs_students": (0.037, 0.043), "novice_teachers": (0.0008, 0.0012),
        "elderly_60plus": None, "pwd": (0.032, 0.038),
    }
    nd_base = {"large_families": 0.08, "hs_students": 0.05, "novice_teachers": 0.03,
               "elderly_60plus": 0.15, "pwd": 0.12}
    ni_base = {"large_families": 0.07, "hs_students": 0.05, "novice_teachers": 0.03,
               "elderly_60plus": 0.12, "pwd": 0.10}
    for u in units:
        south = u["top"] in SOUTH
        r, cov = u["rural_share"], u["network_coverage_share"]
        for g in GROUPS:
            if g == "large_families":
                lo, hi = (0.042, 0.05) if south else (0.03, 0.038)
            elif g == "elderly_60plus":
                lo, hi = (0.10, 0.115) if south else (0.115, 0.13)
            else:
                lo, hi = shares[g]
            elig = int(round(u["population"] * rng.uniform(lo, hi)))
            nd = float(np.clip(nd_base[g] + 0.15 * r + 0.8 * (0.99 - cov)
                               + rng.normal(0, 0.01), 0.05, 0.35))
            ni = float(np.clip(ni_base[g] + 0.12 * r + 0.7 * (0.99 - cov)
                               + rng.normal(0, 0.01), 0.05, 0.30))
            u[f"{g}_eligible"] = elig
            u[f"{g}_no_device"] = int(round(elig * nd))
            u[f"{g}_no_internet"] = int(round(elig * ni))
    return units


def generate_register(rng, units):
    rows = []
    for u in units:
        code, city, r = u["unit_code"], u["level"] == "city", u["rural_share"]
        cov = u["network_coverage_share"]
        ru, kk = u["label_ru"], u["label_kk"]
        for typ, n in (("school", u["schools_total"]), ("fap", u["faps_total"]),
                       ("psc", u["pscs_total"])):
            if n == 0:
                continue
            if city:
                rural_flags = np.zeros(n, dtype=bool)
            elif typ == "fap":
                rural_flags = np.ones(n, dtype=bool)
            else:
                p_rural = min(0.9, r + 0.2) if typ == "school" else r
                rural_flags = rng.random(n) < p_rural
            n_rural = int(rural_flags.sum())
            urban_pts = iter(sample_in_polygon(rng, u["geom"], n - n_rural, centre=u["centre"]))
            rural_pts = iter(sample_in_polygon(rng, u["geom"], n_rural))
            for k in range(n):
                rural = bool(rural_flags[k])
                lon, lat = next(rural_pts) if rural else next(urban_pts)
                num = k + 1
                if typ == "school":
                    served = rng.lognormal(math.log(170 if rural else 950), 0.7 if rural else 0.5)
                    served = int(np.clip(round(served), 30, 2500))
                    p_conn = 0.85 if rural else 0.98
                    name, name_kk = f"Школа № {num}", f"№ {num} мектеп"
                elif typ == "fap":
                    served = int(np.clip(round(rng.lognormal(math.log(1000), 0.5)), 300, 3000))
                    p_conn = 0.55
                    name, name_kk = f"ФАП № {num}", f"№ {num} ФАП"
                else:
                    served = rng.lognormal(math.log(12000 if rural else 25000), 0.5)
                    served = int(np.clip(round(served), 5000, 60000))
                    p_conn = 0.97
                    name, name_kk = f"ЦОН № {num}", f"№ {num} ХҚКО"
                if rural:  # weaker network -> fewer connected
                    p_conn = float(np.clip(p_conn - 0.5 * (0.905 - cov), 0.0, 1.0))
                connected = bool(rng.random() < p_conn)
                if connected:
                    if rural:
                        ctype = rng.choice(["fibre", "lte", "adsl", "satellite"],
                                           p=[0.35, 0.35, 0.15, 0.15])
                    else:
                        ctype = rng.choice(["fibre", "lte", "adsl", "satellite"],
                                           p=[0.75, 0.15, 0.08, 0.02])
                    factor = {"fibre": 1.6, "lte": 0.9, "adsl": 0.5, "satellite": 0.45}[ctype]
                    # calibrated so that the median over connection types is ~8 / ~40 Mb/s
                    med = 9.0 if rural else 30.0
                    mbps = round(float(max(0.5, rng.lognormal(math.log(med * factor), 0.7))), 1)
                    equip = rng.random() < (0.75 if rural else 0.92)
                else:
                    ctype, mbps = "none", None
                    equip = rng.random() < 0.35
                lic = rng.random() < ((0.45 if rural else 0.75) if equip else 0.08)
                rows.append(dict(
                    inst_id=f"{TYPE_PREFIX[typ]}-{code}-{num:04d}",
                    name=f"{name} ({ru})", name_kk=f"{name_kk} ({kk})", type=typ,
                    unit_code=code, lat=lat, lon=lon, area_type="rural" if rural else "urban",
                    people_served=served, connected=yn(connected), download_mbps=mbps,
                    connection_type=str(ctype), has_equipment=yn(equip), has_licences=yn(lic),
                ))
    return rows


def connected_counts(rows):
    counts = {}
    for row in rows:
        ok = row["connected"] == "yes" and row["download_mbps"] >= BENCHMARK[row["type"]]
        key = (row["unit_code"], row["type"])
        counts[key] = counts.get(key, 0) + int(ok)
    return counts


# ---------------------------------------------------------------- writing
def new_workbook():
    wb = Workbook()
    wb.properties.creator = "KZ Planner scripts/build_sample.py"
    wb.properties.title = "Illustrative sample data — not official statistics"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def write_sources(wb, rows):
    ws = wb.create_sheet("sources")
    ws.append(["indicator", "source", "official", "note"])
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    set_widths(ws, [30, 70, 10, 70])
    ws.freeze_panes = "A2"


def write_about(wb):
    ws = wb.create_sheet("about")
    ws.append([TITLE])
    ws["A1"].font = Font(bold=True)
    lines = [
        "",
        "EN: This workbook is ILLUSTRATIVE sample data shipped with KZ Planner so that the app can "
        "be tried without any files. Only population (1 Jan 2023) and the number of schools "
        "(2022/23) are official figures of the Bureau of National Statistics; all other numbers "
        "are invented and must not be used for decisions. Population and schools are official "
        "per oblast only: how they are shared among an oblast's districts is invented too. The "
        "units are today's 224 districts, cities and city districts (geokz 2024, CC BY 4.0).",
        "RU: Это ИЛЛЮСТРАТИВНЫЕ данные, поставляемые с KZ Planner, чтобы программу можно было "
        "опробовать без своих файлов. Официальными (Бюро национальной статистики) являются "
        "только численность населения (на 1 января 2023 г.) и число школ (2022/23 уч. г.); "
        "остальные показатели сгенерированы и не должны использоваться для решений. Единицы — "
        "224 района, города и района городов в нынешних границах (geokz 2024, CC BY 4.0); "
        "официальны только итоги по областям, распределение по районам условно.",
        "KK: Бұл KZ Planner бағдарламасымен бірге берілетін КӨРНЕКІ деректер: бағдарламаны өз "
        "файлдарыңызсыз байқап көруге арналған. Тек халық саны (2023 жылғы 1 қаңтар) мен "
        "мектептер саны (2022/23 оқу жылы) Ұлттық статистика бюросының ресми деректері; "
        "қалған көрсеткіштер жасанды түрде құрылған, оларды шешім қабылдау үшін қолдануға "
        "болмайды. Бірліктер — қазіргі шекаралардағы 224 аудан, қала және қала ауданы "
        "(geokz 2024, CC BY 4.0); облыс бойынша қорытындылар ғана ресми, аудандарға бөлінуі "
        "шартты.",
        "",
        AGG_NOTE,
        f"Rebuild: python scripts/build_sample.py (seed {SEED}).",
    ]
    for line in lines:
        ws.append([line])
        ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    set_widths(ws, [140])


def save(wb, path: Path):
    """Save atomically and byte-stable: openpyxl stamps the current time into
    docProps/core.xml and into every zip entry, so rewrite both with fixed values."""
    buf = io.BytesIO()
    wb.save(buf)
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    tmp = path.with_suffix(".tmp.xlsx")
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    tmp.replace(path)


def write_statistics(units, path: Path):
    wb = new_workbook()
    ws = wb.active
    ws.title = "statistics"
    ws.append([TITLE])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([NOTE])
    ws["A2"].font = Font(italic=True)
    ws.append([])
    ws.append(STAT_COLUMNS)
    for c in ws[4]:
        c.font = Font(bold=True)
    for row, u in enumerate(units, start=5):
        ws.append([u[c] for c in STAT_COLUMNS])
        ws.cell(row, 1).number_format = "@"
        ws.cell(row, STAT_COLUMNS.index("network_coverage_share") + 1).number_format = "0.000"
        for j, col in enumerate(STAT_COLUMNS, start=1):
            if col not in ("unit_code", "unit_name_ru", "network_coverage_share"):
                ws.cell(row, j).number_format = "#,##0"
    set_widths(ws, [12, 34] + [max(12, len(c) + 2) for c in STAT_COLUMNS[2:]])
    ws.freeze_panes = "C5"

    official = {"population": (SRC_POP, "yes", AGG_NOTE),
                "schools_total": (SRC_SCH, "yes", AGG_NOTE)}
    notes = {
        "unit_code": ("KATO classifier (9-digit code, text)", "yes",
                      "Today's districts, cities and city districts of maps/kz_geokz_2024_adm2.gpkg "
                      "(geokz (A. Rodionov), CC BY 4.0)"),
        "unit_name_ru": ("Official Russian names of the units", "yes", ""),
        "rural_population": (SRC_GEN, "no", "Cities 0–3 %, districts 70–98 % of population"),
        "households": (SRC_GEN, "no", "Population / 3.3–4.5 persons per household"),
        "households_no_internet": (SRC_GEN, "no",
                                   "5–25 % of households, higher where rural / lower coverage"),
        "network_coverage_share": (SRC_GEN, "no",
                                   "Share 0–1 (0.80–0.99), lower in large rural oblasts"),
        "schools_connected": (SRC_REG, "no",
                              "Schools with connected = yes and download_mbps >= 10 Mb/s"),
        "faps_total": (SRC_GEN, "no", "1,500 in total, proportional to rural population; "
                                      "none in cities"),
        "faps_connected": (SRC_REG, "no", "FAPs with connected = yes and download_mbps >= 10 Mb/s"),
        "pscs_total": (SRC_GEN, "no", "350 in total, one per unit and the rest proportional to population"),
        "pscs_connected": (SRC_REG, "no", "PSCs with connected = yes and download_mbps >= 20 Mb/s"),
    }
    src_rows = []
    for col in STAT_COLUMNS:
        if col in official:
            s, o, n = official[col]
        elif col in notes:
            s, o, n = notes[col]
        else:
            g, kind = next((g, col[len(g) + 1:]) for g in GROUPS if col.startswith(g + "_"))
            s, o = SRC_GEN, "no"
            n = {"eligible": f"Number of {GROUP_LABEL[g]} eligible for support",
                 "no_device": f"Eligible {GROUP_LABEL[g]} without a suitable device (5–35 %)",
                 "no_internet": f"Eligible {GROUP_LABEL[g]} without home internet (5–30 %)"}[kind]
        src_rows.append((col, s, o, n))
    write_sources(wb, src_rows)
    write_about(wb)
    save(wb, path)


def write_institutions(rows, path: Path):
    wb = new_workbook()
    ws = wb.active
    ws.title = "institutions"
    ws.append([TITLE])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(INST_COLUMNS)
    for c in ws[3]:
        c.font = Font(bold=True)
    for row, r in enumerate(rows, start=4):
        ws.append([r[c] for c in INST_COLUMNS])
        ws.cell(row, 1).number_format = "@"
        ws.cell(row, 5).number_format = "@"
        ws.cell(row, 6).number_format = "0.00000"
        ws.cell(row, 7).number_format = "0.00000"
    set_widths(ws, [20, 52, 52, 8, 12, 10, 10, 10, 13, 10, 14, 15, 14, 13])
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:{get_column_letter(len(INST_COLUMNS))}{ws.max_row}"

    g = SRC_GEN
    src_rows = [
        ("inst_id", g, "no", "TYPE-KATO-NNNN; TYPE is SCH, FAP or PSC"),
        ("name", g, "no", "Invented Russian name: Школа № N / ФАП № N / ЦОН № N (unit)"),
        ("name_kk", g, "no", "Invented Kazakh name: № N мектеп / № N ФАП / № N ХҚКО (unit)"),
        ("type", SRC_SCH, "yes (count of schools)",
         "Number of schools per oblast = official BNS count 2022/23 (" + AGG_NOTE + ") "
         "Numbers of FAPs and PSCs are illustrative (as in kz_sample_statistics.xlsx)."),
        ("unit_code", "KATO classifier", "yes", "District, city or city district containing "
                                                "the point (geokz 2024)"),
        ("lat", g, "no", "Random point inside the unit polygon; urban ones within 15 km of a "
                         "point inside it (its centre, for illustration)"),
        ("lon", g, "no", "See lat"),
        ("area_type", g, "no", "urban / rural; cities all urban, FAPs all rural"),
        ("people_served", g, "no", "Schools: students 30–2,500; FAP: catchment 300–3,000; "
                                   "PSC: 5,000–60,000"),
        ("connected", g, "no", "Has any internet connection (yes/no)"),
        ("download_mbps", g, "no", "Empty when not connected; benchmark: school 10, FAP 10, "
                                   "PSC 20 Mb/s"),
        ("connection_type", g, "no", "fibre / lte / satellite / adsl / none"),
        ("has_equipment", g, "no", "yes/no"),
        ("has_licences", g, "no", "yes/no"),
    ]
    write_sources(wb, src_rows)
    save(wb, path)


def main() -> int:
    if not MAP.is_file():
        sys.exit(f"error: {MAP} not found; run scripts/build_maps.py first")
    rng = np.random.default_rng(SEED)
    gdf, area_km2 = load_units()
    units = generate_units(rng, gdf, area_km2)
    rows = generate_register(rng, units)
    cc = connected_counts(rows)
    for u in units:
        for typ, col in (("school", "schools"), ("fap", "faps"), ("psc", "pscs")):
            u[f"{col}_connected"] = cc.get((u["unit_code"], typ), 0)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    write_statistics(units, STATS_XLSX)
    write_institutions(rows, INST_XLSX)
    tot = {k: sum(u[k] for u in units) for k in ("population", "schools_total", "faps_total",
                                                 "pscs_total")}
    print(f"wrote {STATS_XLSX.relative_to(ROOT)} ({len(units)} units) and "
          f"{INST_XLSX.relative_to(ROOT)} ({len(rows)} institutions); totals {tot}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
