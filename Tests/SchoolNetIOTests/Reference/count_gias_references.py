#!/usr/bin/env python3
"""Independent counts and conversions for the GIAS import tests, from the files alone:

    python3 Tests/SchoolNetIOTests/Reference/count_gias_references.py

- Data/gias-mat-size-bands.json: multi-academy trusts of Examples/gias/mat_and_academies_group_data_2025-09.csv
  by size band (academies per Group UID of type "Multi-academy trust": 1-5, 6-15, 16-30, 31+),
  and the rows of each real extract (csv module, so quoted line breaks count once).
- Data/grid-reference.json: National Grid eastings and northings of the sample establishments
  converted to WGS84 by pyproj (EPSG:27700 to EPSG:4326, its Helmert transformation when no
  OSTN15 grid is installed), plus the Ordnance Survey's worked example (annex C of "A guide to
  coordinate systems in Great Britain") in OSGB36 latitude and longitude.
"""
import collections
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
GIAS = os.path.join(ROOT, "Examples", "gias")


def rows(path, encoding):
    with open(path, encoding=encoding, newline="") as f:
        return list(csv.DictReader(f))


def main():
    trusts = rows(os.path.join(GIAS, "mat_and_academies_group_data_2025-09.csv"), "utf-8-sig")
    sizes = collections.Counter(r["Group UID"] for r in trusts if r["Group Type"] == "Multi-academy trust")
    bands = collections.Counter("1-5" if n <= 5 else "6-15" if n <= 15 else "16-30" if n <= 30 else "31+" for n in sizes.values())
    links = rows(os.path.join(GIAS, "links_edubasealldata20250422.csv"), "cp1252")
    out = {"mat_size_bands": dict(sorted(bands.items())), "mats": len(sizes),
           "single_academy_trusts": len({r["Group UID"] for r in trusts if r["Group Type"] == "Single-academy trust"}),
           "rows": {"mat_and_academies_group_data_2025-09.csv": len(trusts), "links_edubasealldata20250422.csv": len(links)}}
    os.makedirs(os.path.join(HERE, "Data"), exist_ok=True)
    with open(os.path.join(HERE, "Data", "gias-mat-size-bands.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")

    from pyproj import Transformer, __version__
    wgs = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)
    points = []
    for name in ["edubasealldata_sample_8_rows_2024.csv", "edubasealldata_sample_excel_resaved_2024.csv"]:
        for r in rows(os.path.join(GIAS, "samples", name), "utf-8-sig"):
            if r["Easting"] and r["Northing"]:
                e, n = float(r["Easting"]), float(r["Northing"])
                lon, lat = wgs.transform(e, n)
                points.append({"urn": r["URN"], "easting": e, "northing": n, "latitude": lat, "longitude": lon})
    grid = {"pyproj": __version__, "points": points,
            "os_example": {"easting": 651409.903, "northing": 313177.270,
                           "osgb36_latitude": 52 + 39 / 60 + 27.2531 / 3600, "osgb36_longitude": 1 + 43 / 60 + 4.5177 / 3600}}
    with open(os.path.join(HERE, "Data", "grid-reference.json"), "w", encoding="utf-8") as f:
        json.dump(grid, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
