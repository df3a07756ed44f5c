#!/usr/bin/env python3
"""Writes crates/core/data/countries.tsv: every country and area as the UN names it, in its six languages, with its
M49 code and region. The source is OCHA's Countries & Territories Taxonomy, which the PyPI package hdx-python-country
ships (MIT; see crates/core/data/README.md). Run from the repository's root:
    scripts/countries.py
Rule: a State on UNTERM's list (the Member States, the observer States, Cook Islands, Niue) takes UNTERM's short name;
every other area its UNSD M49 name; crates/core/data/countries-overrides.tsv names what neither does in all six."""
import csv, io, subprocess, sys, tempfile, zipfile
from pathlib import Path

PACKAGE = "hdx-python-country==4.2.5"
LANGS = [("en", "English"), ("fr", "French"), ("es", "Spanish"), ("ru", "Russian"), ("zh", "Chinese"), ("ar", "Arabic")]
DATA = Path("crates/core/data")

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp, PACKAGE], check=True)
    wheel = next(Path(tmp).glob("*.whl"))
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith("C&T Taxonomy.csv"))
        rows = list(csv.DictReader(io.TextIOWrapper(z.open(name), encoding="utf-8")))

with open(DATA / "countries-overrides.tsv", encoding="utf-8") as f:
    overrides = {r["code"]: r for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")}

with open(DATA / "countries.tsv", "w", encoding="utf-8", newline="") as f:
    out = csv.writer(f, delimiter="\t", lineterminator="\n")
    out.writerow(["code", "m49", "region", "subregion", "group"] + [l for l, _ in LANGS])
    for r in sorted(rows, key=lambda r: r["ISO 3166-1 Alpha 2-Codes"]):
        code = r["ISO 3166-1 Alpha 2-Codes"]
        if not code or r["Deprecated"] == "Y":
            continue
        unterm = r["Appears in UNTERM list"] == "Y"
        group = "member" if r["Appears in DGACM list"] == "Y" else ("state" if unterm else "area")
        names = [(r[f"{L} Short"] if unterm else "") or r[f"M49 {L}"] for _, L in LANGS]
        if code in overrides:
            names = [overrides[code][l] for l, _ in LANGS]
        if not all(names):
            sys.exit(f"{code}: no name in every language: {names}")
        out.writerow([code, r["m49 numerical code"].zfill(3), r["Region Name"], r["Sub-region Name"], group] + names)
