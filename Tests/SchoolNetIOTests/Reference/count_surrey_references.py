#!/usr/bin/env python3
"""Independent counts for the Surrey import test, from the real files alone (csv module; no code
of the project):

    python3 Tests/SchoolNetIOTests/Reference/count_surrey_references.py

Writes Data/gias-surrey.json: the rows of each file; the Surrey establishments that are schools
(every type but children's centres, universities, further-education and sixth-form colleges,
online providers, schools overseas and Welsh establishments) and how many of them have an Ofsted
rating and a National Grid position; the schools the group links add in Surrey; the
multi-academy trusts and federations with a member among
those schools in the national group links; and the teaching school hubs whose lead school, named
in brackets, is one of them by exact name.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
GIAS = os.path.join(ROOT, "Examples", "gias")
NOT_SCHOOLS = {"higher education institutions", "further education", "sixth form centres", "online provider",
               "british schools overseas", "offshore schools", "welsh establishment"}
PLACEHOLDERS = {"", "not applicable", "not recorded", "no data", "unknown", "none"}


def rows(name, encoding="utf-8-sig"):
    with open(os.path.join(GIAS, name), encoding=encoding, newline="") as f:
        return list(csv.DictReader(f))


def is_school(kind):
    kind = kind.strip().lower()
    return "children's centre" not in kind and kind not in NOT_SCHOOLS


def main():
    establishments = rows("establishments_surrey_2021-04.csv")
    groups = rows("allgroupsdata_2022-07-18.csv", "utf-8")
    links = rows("alllinksdata_2022-07-18.csv", "utf-8")
    hubs = rows("appropriate_bodies_2024-10-16.csv")
    schools = [r for r in establishments if is_school(r["TypeOfEstablishment (name)"])]
    urns = {r["URN"] for r in schools}
    rated = [r for r in schools if r["OfstedRating (name)"].strip().lower() not in PLACEHOLDERS]
    placed = [r for r in schools if r["Easting"].strip() not in ("", "0") and r["Northing"].strip() not in ("", "0")]
    # Schools the establishments file does not hold (opened after it was written) that the
    # group links place in Surrey.
    later = {link["URN"] for link in links if link["LA (name)"] == "Surrey"
             and is_school(link["TypeOfEstablishment (name)"]) and link["URN"] not in urns}
    urns |= later
    kinds = {}
    for link in links:
        if link["URN"] in urns:
            kinds.setdefault(link["Group Type"], set()).add(link["Group UID"])
    names = {r["EstablishmentName"].strip().lower(): r["URN"] for r in schools}
    led = sorted(names[h["name"][h["name"].rindex("(") + 1:-1].strip().lower()]
                 for h in hubs if h["type"] == "teaching_school_hub" and h["name"].endswith(")")
                 and h["name"][h["name"].rindex("(") + 1:-1].strip().lower() in names)
    result = {
        "rows": {"establishments": len(establishments), "groups": len(groups), "links": len(links),
                 "hubs": len(hubs)},
        "schools": len(schools),
        "schools_from_links": len(later),
        "not_schools": len(establishments) - len(schools),
        "with_ofsted": len(rated),
        "with_position": len(placed),
        "mats": len(kinds.get("Multi-academy trust", set())),
        "federations": len(kinds.get("Federation", set())),
        "hub_leads": led,
    }
    with open(os.path.join(HERE, "Data", "gias-surrey.json"), "w") as f:
        json.dump(result, f, indent=2, sort_keys=True)
        f.write("\n")
    print(json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main()
