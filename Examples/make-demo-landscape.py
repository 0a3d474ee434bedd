#!/usr/bin/env python3
"""Writes Examples/demo-landscape/: Brackenshire, a fictional local authority.

Run from the repository root: python3 Examples/make-demo-landscape.py
The output is fixed by the seed below; the CSV files are committed, and this script is kept so
that anyone can see how they were made and change them. Nothing here is real: the county, its
schools, trusts and people are invented. See Examples/README.md for what the landscape holds.
"""
import csv
import os
import random

SEED = 20261123
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "demo-landscape")
LA = "Brackenshire"
REGION = "North West"
rng = random.Random(SEED)

# --- Places: five areas, each with a centre; villages scattered round them -------------------
AREAS = {
    "Brackford": (53.80, -2.60),      # the county town
    "Fenwick": (53.93, -2.45),        # market town, north-east
    "Moorside": (53.70, -2.78),       # upland villages, south-west
    "Little Harbour": (53.88, -2.92), # coast, west
    "Heronsgate": (53.66, -2.40),     # river valley, south-east
}
VILLAGES = {
    "Brackford": ["Brackford", "Castlegate", "Millbrook", "St Anne's Park", "Northgate", "Eastfield",
                  "Westholme", "Kingsmead", "Abbey Hey"],
    "Fenwick": ["Fenwick", "Ashby", "Oakthorpe", "Thornley", "Fenwick Bridge", "Ravensbeck"],
    "Moorside": ["Moorside", "High Tarn", "Bryn Dŵr", "Heatherley", "Coldwell", "Greystone"],
    "Little Harbour": ["Little Harbour", "Saltmarsh", "Gull's Point", "Seacombe", "Dunmere"],
    "Heronsgate": ["Heronsgate", "Kestrel Cross", "Willowbank", "Lower Ford", "Ambleside Green"],
}

schools = []  # dicts in the column order of schools.csv (plus custom columns)
urn_counter = [140000]


def new_urn():
    urn_counter[0] += rng.randint(3, 60)
    return str(urn_counter[0])


def place(area):
    lat, lon = AREAS[area]
    return round(lat + rng.uniform(-0.06, 0.06), 5), round(lon + rng.uniform(-0.09, 0.09), 5)


def add_school(name, phase, area, governance="maintained", designations="", diocese="", pupils=None,
               ofsted=None, attainment=None, disadvantage=None):
    lat, lon = place(area)
    ofsted = ofsted or rng.choices(["outstanding", "good", "requires-improvement", "inadequate"],
                                   weights=[18, 60, 17, 5])[0]
    base = {"outstanding": 1.4, "good": 0.3, "requires-improvement": -0.9, "inadequate": -1.8}[ofsted]
    if attainment is None:
        attainment = round(base + rng.gauss(0, 0.6), 2)
    if disadvantage is None:
        disadvantage = round(min(0.62, max(0.03, rng.gauss(0.22 - 0.05 * base, 0.09))), 3)
    if pupils is None:
        pupils = {"primary": rng.randint(60, 460), "secondary": rng.randint(600, 1700),
                  "special": rng.randint(40, 180), "alternative-provision": rng.randint(15, 70),
                  "nursery": rng.randint(40, 110), "all-through": rng.randint(900, 1900),
                  "sixteen-plus": rng.randint(300, 900)}[phase]
    school = {
        "urn": new_urn(), "name": name, "phase": phase, "governance": governance, "la": LA,
        "region": REGION, "ofsted": ofsted, "attainment": attainment, "disadvantage": disadvantage,
        "pupils": pupils, "latitude": lat, "longitude": lon, "designations": designations,
        "diocese": diocese, "rural": "yes" if area in ("Moorside", "Little Harbour") else "no",
        "area": area,
    }
    schools.append(school)
    return school


# --- Schools ---------------------------------------------------------------------------------
PRIMARY_PATTERNS = [
    "{v} Primary School", "{v} Community Primary School", "{v} Infant & Nursery School",
    "{v} Junior School", "{v} Church of England Primary School", "St Mary's C of E Primary, {v}",
    "St Joseph's Catholic Primary School, {v}", "{v} Methodist Primary School",
    "Holy Trinity C of E Primary, {v}", "{v} Park Primary Academy",
]
used_names = set()


def unique(name):
    if name in used_names:
        name = name + " (" + rng.choice(["North", "South", "East", "West", "Upper", "Lower"]) + ")"
    used_names.add(name)
    return name


primaries = []
for area, villages in VILLAGES.items():
    count = {"Brackford": 38, "Fenwick": 24, "Moorside": 20, "Little Harbour": 14, "Heronsgate": 20}[area]
    for i in range(count):
        village = villages[i % len(villages)]
        pattern = rng.choice(PRIMARY_PATTERNS)
        name = unique(pattern.format(v=village))
        diocese = ""
        if "C of E" in name or "Church of England" in name or "Holy Trinity" in name:
            diocese = "Diocese of Brackenshire"
        elif "Catholic" in name:
            diocese = "Catholic Diocese of Heronsgate"
        primaries.append(add_school(name, "primary", area, diocese=diocese))

# Names that exercise escaping: apostrophes, &, double quotes, non-ASCII letters.
specials = [
    ("Zoë Hart Memorial Primary School", "primary", "Brackford", ""),
    ("Ysgol Gymraeg Bryn Dŵr", "primary", "Moorside", ""),
    ('The "Old School" Primary, Ashby', "primary", "Fenwick", ""),
    ("Saint-Éloi Bilingual Primary School", "primary", "Brackford", ""),
    ("Smith & Jones Foundation Primary", "primary", "Heronsgate", ""),
]
for name, phase, area, diocese in specials:
    primaries.append(add_school(unique(name), phase, area, diocese=diocese))

secondaries = []
for area, names in {
    "Brackford": ["Brackford High School", "Castlegate Academy", "Kingsmead School",
                  "St Bede's Catholic High School", "Northgate Community College",
                  "Brackford Grammar School", "Eastfield Academy"],
    "Fenwick": ["Fenwick High School", "Ashby Valley School", "Ravensbeck Academy",
                "Queen Eleanor's C of E High School"],
    "Moorside": ["Moorside Academy", "High Tarn School"],
    "Little Harbour": ["Little Harbour High School", "Seacombe Sea Cadets' Academy"],
    "Heronsgate": ["Heronsgate School", "Willowbank Academy", "Lower Ford High School"],
}.items():
    for name in names:
        diocese = "Diocese of Brackenshire" if "C of E" in name else (
            "Catholic Diocese of Heronsgate" if "Catholic" in name else "")
        secondaries.append(add_school(unique(name), "secondary", area, diocese=diocese))

others = [
    add_school("Brackford Park Special School", "special", "Brackford"),
    add_school("Fenwick Oaks School (Special Educational Needs)", "special", "Fenwick"),
    add_school("Heatherley House School", "special", "Moorside"),
    add_school("Kestrel Cross Learning Centre", "special", "Heronsgate"),
    add_school("The Bridge Pupil Referral Unit", "alternative-provision", "Brackford"),
    add_school("Harbour Light Alternative Provision", "alternative-provision", "Little Harbour"),
    add_school("Millbrook Nursery School", "nursery", "Brackford"),
    add_school("Seacombe Nursery School", "nursery", "Little Harbour"),
    add_school("Brackford Cathedral School (3–18)", "all-through", "Brackford",
               diocese="Diocese of Brackenshire"),
    add_school("Fenwick All-Through Academy", "all-through", "Fenwick"),
    add_school("Brackenshire Sixth Form College", "sixteen-plus", "Brackford"),
]
all_schools = primaries + secondaries + others

# --- Structures and memberships --------------------------------------------------------------
structures = []
memberships = []


def structure(sid, kind, name, lead=None, formed="", dissolved="", federation_type=""):
    structures.append({"id": sid, "kind": kind, "name": name, "lead": lead["urn"] if lead else "",
                       "formed": formed, "dissolved": dissolved, "federation-type": federation_type})


def member(sid, school, role="member", joined="", left=""):
    memberships.append({"structure": sid, "urn": school["urn"], "role": role, "joined": joined,
                        "left": left})


def academise(school, sponsor_led=False):
    if school["phase"] in ("nursery",):
        return
    if school["governance"] == "maintained":
        school["governance"] = "academy-sponsor-led" if sponsor_led else "academy-converter"


pool = [s for s in all_schools if s["phase"] not in ("nursery", "sixteen-plus")]
rng.shuffle(pool)
taken = set()


def take(count, area=None, phase=None, exclude_ofsted=None):
    chosen = []
    for s in pool:
        if len(chosen) == count:
            break
        if s["urn"] in taken:
            continue
        if area and s["area"] != area:
            continue
        if phase and s["phase"] != phase:
            continue
        if exclude_ofsted and s["ofsted"] in exclude_ofsted:
            continue
        chosen.append(s)
        taken.add(s["urn"])
    return chosen


def join_date(year_from, year_to):
    return f"{rng.randint(year_from, year_to)}-{rng.choice(['04', '09', '01'])}-01"


# The county's largest trust: 18 academies, led by Brackford Grammar School, a teaching school
# and national leader of education, which also leads a TSA (a hybrid lead).
grammar = next(s for s in secondaries if s["name"] == "Brackford Grammar School")
grammar.update(ofsted="outstanding", attainment=2.1, designations="teaching-school;national-leader")
taken.add(grammar["urn"])
structure("MAT-BLT", "mat", "Brackenshire Learning Trust", grammar, formed="2012-09-01")
member("MAT-BLT", grammar, "lead", joined="2012-09-01")
academise(grammar)
for s in take(14, area="Brackford") + take(3, area="Heronsgate"):
    academise(s, sponsor_led=s["ofsted"] in ("requires-improvement", "inadequate"))
    member("MAT-BLT", s, joined=join_date(2013, 2024))

mats = [
    ("MAT-FAT", "Fernway Academies Trust", "Fenwick", 9, "2014-04-01"),
    ("MAT-SAC", "St Aidan's Catholic Academy Trust", None, 7, "2015-09-01"),
    ("MAT-OAK", "Oakwood Multi-Academy Trust", "Heronsgate", 6, "2016-01-01"),
    ("MAT-RSP", "Riverside Schools Partnership Trust", "Little Harbour", 4, "2017-09-01"),
    ("MAT-HVT", "Heron Valley Trust", "Heronsgate", 3, "2018-04-01"),
    ("MAT-KLP", "Kestrel Learning Partnership", "Fenwick", 2, "2020-09-01"),
    ("MAT-NAT", "Northgate Academy Trust", "Brackford", 1, "2021-01-01"),
]
for sid, name, area, size, formed in mats:
    if sid == "MAT-SAC":
        catholic = [s for s in pool if "Catholic" in s["name"] and s["urn"] not in taken][:size]
        for s in catholic:
            taken.add(s["urn"])
        chosen = catholic
    else:
        chosen = take(size, area=area)
    lead = max(chosen, key=lambda s: s["attainment"])
    structure(sid, "mat", name, lead, formed=formed)
    for s in chosen:
        academise(s)
        member(sid, s, "lead" if s is lead else "member", joined=join_date(int(formed[:4]), 2024))

# A federation that became a MAT: the Moorside Federation (hard, 2014-2019) converted into the
# Moorside Academy Trust on 2019-09-01 with the same three schools.
moor = take(3, area="Moorside", phase="primary")
structure("FED-MOOR", "federation", "Moorside Federation", moor[0], formed="2014-09-01",
          dissolved="2019-09-01", federation_type="hard")
structure("MAT-MOOR", "mat", "Moorside Academy Trust", moor[0], formed="2019-09-01")
for s in moor:
    member("FED-MOOR", s, "lead" if s is moor[0] else "member", joined="2014-09-01",
           left="2019-09-01")
    member("MAT-MOOR", s, "lead" if s is moor[0] else "member", joined="2019-09-01")
    academise(s)

# A hard federation of two maintained primaries, one governing body since 2016.
oak_ash = take(2, area="Fenwick", phase="primary")
structure("FED-OA", "federation", "Oak & Ash Federation", oak_ash[0], formed="2016-01-01",
          federation_type="hard")
for s in oak_ash:
    member("FED-OA", s, "lead" if s is oak_ash[0] else "member", joined="2016-01-01")

# A soft federation: joint committees, shared head of two small coastal schools.
harbour = take(2, area="Little Harbour", phase="primary")
structure("FED-LH", "federation", "Little Harbour Soft Federation", None, formed="2018-09-01",
          federation_type="soft")
for s in harbour:
    member("FED-LH", s, joined="2018-09-01")

# Two teaching school alliances. BTSA is led by the lead of the largest MAT (a TSA-led MAT):
# most of its members are in the trust, some are not. Fenwick's TSA is led by an outstanding
# maintained primary and ended with the teaching school programme in 2021.
structure("TSA-BTSA", "tsa", "Brackenshire Teaching School Alliance", grammar, formed="2013-09-01")
member("TSA-BTSA", grammar, "lead", joined="2013-09-01")
blt = [m["urn"] for m in memberships if m["structure"] == "MAT-BLT" and m["role"] == "member"]
by_urn = {s["urn"]: s for s in all_schools}
for urn in blt[:10]:
    member("TSA-BTSA", by_urn[urn], joined=join_date(2013, 2016))
btsa_partners = [s for s in all_schools if s["urn"] not in taken and s["area"] == "Brackford"][:5]
for i, s in enumerate(btsa_partners):
    member("TSA-BTSA", s, "strategic-partner" if i < 2 else "member", joined=join_date(2013, 2017))

fenwick_lead = next(s for s in primaries if s["area"] == "Fenwick" and s["urn"] not in taken)
fenwick_lead.update(ofsted="outstanding", attainment=1.9, designations="teaching-school;local-leader")
taken.add(fenwick_lead["urn"])
structure("TSA-FTA", "tsa", "Fenwick Teaching Alliance", fenwick_lead, formed="2014-09-01",
          dissolved="2021-08-31")
member("TSA-FTA", fenwick_lead, "lead", joined="2014-09-01", left="2021-08-31")
fta_members = [s for s in all_schools if s["area"] in ("Fenwick", "Moorside")
               and s is not fenwick_lead][:11]
for s in fta_members:
    member("TSA-FTA", s, joined=join_date(2014, 2017), left="2021-08-31")

# Local clusters covering most primaries, by area (two in the county town). Some schools left
# their cluster when they joined a trust: the direction of travel from clusters to MATs.
clusters = [("CL-BN", "Brackford North Cluster", "Brackford", 0),
            ("CL-BS", "Brackford South Cluster", "Brackford", 1),
            ("CL-FEN", "Fenwick Schools Cluster", "Fenwick", None),
            ("CL-MOOR", "Moorside Rural Cluster", "Moorside", None),
            ("CL-LH", "Coast Cluster", "Little Harbour", None),
            ("CL-HER", "Heronsgate & District Cluster", "Heronsgate", None)]
mat_join = {m["urn"]: m["joined"] for m in memberships if m["structure"].startswith("MAT-")}
for sid, name, area, half in clusters:
    structure(sid, "cluster", name, None, formed=join_date(2008, 2011)[:4] + "-09-01")
    local = [s for s in primaries if s["area"] == area]
    if half is not None:
        local = local[half::2]
    for s in local:
        if rng.random() < 0.12:
            continue  # a few primaries belong to no cluster
        left = ""
        if s["urn"] in mat_join and rng.random() < 0.35:
            left = mat_join[s["urn"]]
        member(sid, s, joined="", left=left)

# A non-local partnership of coastal and upland schools, and the county's maths hub.
structure("PART-CSP", "partnership", "Coastal & Upland Schools Partnership", None, formed="2019-01-01")
for s in [s for s in all_schools if s["area"] in ("Little Harbour", "Moorside")
          and s["phase"] == "secondary"] + harbour:
    member("PART-CSP", s, joined="2019-01-01")
hub_lead = next(s for s in secondaries if s["name"] == "Fenwick High School")
hub_lead["designations"] = "hub;specialist-leader"
structure("HUB-MATHS", "hub", "Brackenshire Maths Hub", hub_lead, formed="2015-09-01")
member("HUB-MATHS", hub_lead, "lead", joined="2015-09-01")
for s in secondaries[::2]:
    if s is not hub_lead:
        member("HUB-MATHS", s, joined=join_date(2015, 2019))

# --- Links -----------------------------------------------------------------------------------
links = []


def link(a, b, kind, depth="", driver="", weight="", start="", end=""):
    links.append({"source": a["urn"], "target": b["urn"], "kind": kind, "depth": depth,
                  "driver": driver, "weight": weight, "start": start, "end": end})


strugglers = [s for s in all_schools if s["ofsted"] in ("inadequate", "requires-improvement")]
nles = [grammar] + [s for s in all_schools if s["ofsted"] == "outstanding" and s is not grammar][:2]
for s in nles[1:]:
    s["designations"] = (s["designations"] + ";national-leader").strip(";")
for i, s in enumerate(strugglers[:7]):
    link(nles[i % len(nles)], s, "nle-support", "collaboration", "forced" if s["ofsted"] ==
         "inadequate" else "incentivised", start=join_date(2015, 2022), end="")
lles = [fenwick_lead] + [s for s in primaries if s["ofsted"] == "outstanding"
                         and s is not fenwick_lead and s not in nles][:2]
for s in lles[1:]:
    s["designations"] = (s["designations"] + ";local-leader").strip(";")
for i, s in enumerate(strugglers[7:12]):
    link(lles[i % len(lles)], s, "lle-support", "cooperation", "incentivised",
         start=join_date(2016, 2021), end=join_date(2022, 2023))
for s in strugglers[12:15]:
    link(hub_lead, s, "sle-support", "cooperation", "voluntary", start=join_date(2019, 2022))
# The largest trust's lead sells services to schools outside the trust: short-lived, one-way.
clients = [s for s in all_schools if s["urn"] not in blt and s is not grammar
           and s["phase"] == "primary"][:4]
for i, s in enumerate(clients):
    link(grammar, s, "traded-service", "association", "voluntary", weight=str(1 + i % 2),
         start=f"202{i}-09-01", end=f"202{i + 1}-08-31")
pairs = [(secondaries[0], secondaries[5]), (primaries[3], primaries[40]),
         (others[0], others[1])]
for a, b in pairs:
    link(a, b, "partnership", "collegiality", "voluntary", start=join_date(2012, 2020))

# --- Write -----------------------------------------------------------------------------------
os.makedirs(OUT, exist_ok=True)


def write(name, columns, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([r.get(c, "") for c in columns])


school_columns = ["urn", "name", "phase", "governance", "la", "region", "ofsted", "attainment",
                  "disadvantage", "pupils", "latitude", "longitude", "designations", "diocese",
                  "rural"]
write("schools.csv", school_columns, all_schools)
write("structures.csv", ["id", "kind", "name", "lead", "formed", "dissolved", "federation-type"],
      structures)
write("memberships.csv", ["structure", "urn", "role", "joined", "left"], memberships)
write("links.csv", ["source", "target", "kind", "depth", "driver", "weight", "start", "end"], links)
print(f"{len(all_schools)} schools, {len(structures)} structures, {len(memberships)} memberships, "
      f"{len(links)} links -> {OUT}")
