#!/usr/bin/env python3
"""Independent planted landscapes for the acceptance test of `schoolnet patterns` and
`schoolnet hybrids` (issue 4's done-when), written from the prose of the Definitions article
(Sources/SchoolNetModel/SchoolNetModel.docc) alone and sharing no code, parameters or thresholds with the package's own generator (`schoolnet generate`).

    python3 Tests/SchoolNetCLITests/Acceptance/generate_independent_landscapes.py

Writes Landscapes/seed-<n>/{schools,structures,memberships,links}.csv and ground-truth.json, and
Landscapes/seed-<n>.pairs.csv (the overlap of every pair of structures, computed here from the
planted membership sets). Standard library only; the same seed gives the same bytes.

The landscape is a region of eight local authorities (about 1,400 schools). Background: trusts
built from each authority's academies in realistic size bands, teaching school alliances led by
teaching schools with members drawn from across the authority, federations of maintained
primaries, geographic clusters of primaries, a few partnerships; scattered partnership ties
between nearby schools, system leaders supporting weaker schools, one-off traded services.

Planted, per landscape, as the Definitions article describes each pattern (Greany and Higham 2018):
- hierarchical (12): an existing alliance or trust whose lead supports between half and all of
  its members; the members have at most one tie among themselves;
- exclusive (12): five to nine schools of one authority, well above the schools around them,
  that form a partnership and tie mostly to each other (more ties inside than outside: their
  outside partnerships lapse until that holds); none supports a weaker school outside;
- marketised (12): the lead of a trust or alliance (and of nothing else) sells short-lived traded services to four to
  ten clients, most of them outside its structure, with at most one service returned;
- TSA-led MAT (12): a trust's lead becomes a teaching school and leads an alliance whose members
  largely coincide with the trust's (all or all but one of them, plus up to half as many more).
Decoys, listed in the ground truth but not planted: collegial alliances (a lead that supports
members who are also densely tied to each other), high performers that support weaker schools
outside, leads that sell services only to their own members, and teaching schools that lead a
trust and an alliance with few members in common. Near misses, for each clause the definitions
add: a lead that supports three of many members (too little of the structure tied), a star of
support flowing into the lead, one-way sales outside that run for years, short-lived sales to
clients who stay the lead's partners, and high performers who tie mostly outward.
"""
import csv
import datetime
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "Landscapes")
SEEDS = [1, 2, 3, 4]
PLANTED_PER_KIND = 12
DECOYS_PER_KIND = 6
NEAR_MISSES_PER_CLAUSE = 4

AUTHORITIES = [
    ("Northmoor", 54.60, -2.90), ("Eastfield", 54.40, -1.60), ("Wexley", 54.10, -2.40),
    ("Saltmarsh", 53.95, -1.20), ("Hollins Vale", 53.75, -2.10), ("Kirkby Öster", 53.55, -1.50),
    ("Ribblemouth", 53.40, -2.80), ("Greystone", 53.20, -1.90),
]
REGION = "Northern Uplands"
PLACE_WORDS = ["Ashby", "Birch", "Crag", "Dale", "Elm", "Fell", "Gill", "Heath", "Ing", "Jarrow", "Keld",
               "Lund", "Mere", "Ness", "Oak", "Pike", "Quarry", "Rigg", "Scar", "Thorn", "Ulls", "Vale",
               "Wold", "Yarm", "Zeal", "Brontë", "Çatal", "St Mary's", "O'Neill", "Smith & Sons"]


def iso(year, month, day):
    return f"{year:04d}-{month:02d}-{day:02d}"


def date_plus(start, days):
    return (datetime.date.fromisoformat(start) + datetime.timedelta(days=days)).isoformat()


class Landscape:
    def __init__(self, seed):
        self.rng = random.Random(seed * 7919 + 17)
        self.schools = []          # dicts
        self.by_urn = {}
        self.structures = []       # dicts
        self.members = {}          # structure id -> {urn: role}
        self.links = []            # dicts
        self.truth = {"seed": seed, "patterns": [], "hybrids": [], "decoys": []}
        self.reserved = set()      # structures used by a planted case or decoy
        self.reserved_schools = set()

    # ---- schools -------------------------------------------------------------------------
    def make_schools(self):
        rng = self.rng
        urn = 300000 + rng.randrange(1000)
        for la, lat0, lon0 in AUTHORITIES:
            for k in range(rng.randrange(150, 200)):
                urn += rng.randrange(1, 40)
                phase = rng.choices(["primary", "secondary", "special", "all-through", "alternative-provision", "nursery"],
                                    [74, 17, 5, 2, 1, 1])[0]
                quality = rng.gauss(0, 1)
                ofsted = ("outstanding" if quality > 1.0 else "good" if quality > -0.9
                          else "requires-improvement" if quality > -1.7 else "inadequate")
                if rng.random() < 0.04:
                    ofsted = "none"
                attainment = "" if rng.random() < 0.05 else f"{0.7 * quality + rng.gauss(0, 0.5):.2f}"
                governance = rng.choices(["maintained", "academy-converter", "academy-sponsor-led", "free-school"],
                                         [40, 36, 18, 6])[0]
                if ofsted in ("requires-improvement", "inadequate") and governance == "academy-converter":
                    governance = "academy-sponsor-led"
                designations = []
                if ofsted == "outstanding" and rng.random() < 0.25:
                    designations.append("teaching-school")
                if ofsted in ("outstanding", "good") and rng.random() < 0.05:
                    designations.append(rng.choice(["national-leader", "local-leader"]))
                word = rng.choice(PLACE_WORDS)
                kind = {"primary": "Primary School", "secondary": "High School", "special": "Special School",
                        "all-through": "Academy", "alternative-provision": "Pupil Referral Unit",
                        "nursery": "Nursery School"}[phase]
                name = f"{word} {rng.choice(['Lane', 'Road', 'Green', 'Park', 'Hill', 'Bridge'])} {kind}"
                school = {
                    "urn": f"{urn:06d}", "name": name, "phase": phase, "governance": governance, "la": la,
                    "region": REGION, "ofsted": ofsted, "attainment": attainment,
                    "disadvantage": f"{min(0.9, max(0.01, rng.betavariate(2, 6))):.3f}",
                    "pupils": str(rng.randrange(60, 1600 if phase == "secondary" else 500)),
                    "latitude": f"{lat0 + rng.uniform(-0.12, 0.12):.5f}",
                    "longitude": f"{lon0 + rng.uniform(-0.2, 0.2):.5f}",
                    "designations": ";".join(designations),
                }
                self.schools.append(school)
                self.by_urn[school["urn"]] = school

    def in_la(self, la):
        return [s for s in self.schools if s["la"] == la]

    # ---- structures ----------------------------------------------------------------------
    def add_structure(self, sid, kind, name, lead=None, formed="", fed_type=""):
        self.structures.append({"id": sid, "kind": kind, "name": name, "lead": lead or "", "formed": formed,
                                "dissolved": "", "federation-type": fed_type})
        self.members[sid] = {}
        if lead:
            self.members[sid][lead] = "lead"

    def structure(self, sid):
        return next(s for s in self.structures if s["id"] == sid)

    def join(self, sid, urn, role="member"):
        self.members[sid].setdefault(urn, role)

    def make_structures(self):
        rng = self.rng
        in_mat = set()
        for li, (la, _, _) in enumerate(AUTHORITIES):
            local = self.in_la(la)
            academies = [s["urn"] for s in local if s["governance"] != "maintained"]
            rng.shuffle(academies)
            t = 0
            while len(academies) >= 2:
                size = rng.choices([rng.randrange(2, 6), rng.randrange(6, 16), rng.randrange(16, 31)], [62, 30, 8])[0]
                chosen, academies = academies[:size], academies[size:]
                if len(chosen) < 2:
                    break
                t += 1
                sid = f"T{li + 1}{t:02d}"
                self.add_structure(sid, "mat", f"{self.by_urn[chosen[0]]['name'].split()[0]} Learning Trust {sid}",
                                   chosen[0], iso(rng.randrange(2011, 2020), 9, 1))
                for u in chosen[1:]:
                    self.join(sid, u)
                in_mat.update(chosen)
            teaching = [s["urn"] for s in local if "teaching-school" in s["designations"]]
            rng.shuffle(teaching)
            for a, lead in enumerate(teaching[:rng.randrange(2, 5)]):
                sid = f"A{li + 1}{a + 1:02d}"
                self.add_structure(sid, "tsa", f"{self.by_urn[lead]['name'].split()[0]} Teaching Alliance",
                                   lead, iso(rng.randrange(2012, 2017), 4, 1))
                for u in rng.sample([s["urn"] for s in local if s["urn"] != lead], rng.randrange(6, 19)):
                    self.join(sid, u, rng.choices(["member", "strategic-partner"], [85, 15])[0])
            maintained = [s["urn"] for s in local if s["governance"] == "maintained" and s["phase"] == "primary"]
            rng.shuffle(maintained)
            for f in range(rng.randrange(2, 6)):
                group, maintained = maintained[:rng.choice([2, 2, 3])], maintained[3:]
                if len(group) < 2:
                    break
                sid = f"F{li + 1}{f + 1:02d}"
                hard = rng.random() < 0.6
                self.add_structure(sid, "federation", f"{self.by_urn[group[0]]['name'].split()[0]} Federation",
                                   group[0] if rng.random() < 0.5 else None, iso(rng.randrange(2008, 2022), 9, 1),
                                   "hard" if hard else "soft")
                for u in group:
                    self.join(sid, u)
            primaries = sorted((s for s in local if s["phase"] == "primary"), key=lambda s: float(s["longitude"]))
            c, i = 0, 0
            while i < len(primaries):
                size = rng.randrange(6, 13)
                group = [s["urn"] for s in primaries[i:i + size] if rng.random() < 0.85]
                i += size
                if len(group) < 3:
                    continue
                c += 1
                sid = f"C{li + 1}{c:02d}"
                self.add_structure(sid, "cluster", f"{la} Cluster {c}", None, iso(2010, 9, 1))
                for u in group:
                    self.join(sid, u)
        # A few cross-authority partnerships.
        for p in range(6):
            group = rng.sample([s["urn"] for s in self.schools], rng.randrange(4, 11))
            sid = f"P{p + 1:03d}"
            self.add_structure(sid, "partnership", f"Northern Curriculum Partnership {p + 1}",
                               group[0] if rng.random() < 0.5 else None, iso(2018, 1, 1))
            for u in group:
                self.join(sid, u)

    # ---- background ties ---------------------------------------------------------------------
    def link(self, source, target, kind, start="", end="", depth="", driver=""):
        if source != target:
            self.links.append({"source": source, "target": target, "kind": kind, "depth": depth, "driver": driver,
                               "weight": "", "start": start, "end": end})

    def make_background_links(self):
        rng = self.rng
        for la, _, _ in AUTHORITIES:
            local = self.in_la(la)
            urns = [s["urn"] for s in local]
            for s in local:
                if rng.random() < 0.22:
                    near = min(rng.sample(urns, 6), key=lambda u: self.distance(s["urn"], u) if u != s["urn"] else 1e9)
                    self.link(s["urn"], near, "partnership", depth=rng.choice(["association", "cooperation", "collaboration"]))
            weak = [s["urn"] for s in local if s["ofsted"] in ("requires-improvement", "inadequate")]
            for s in local:
                leader = s["designations"]
                kind = "nle-support" if "national-leader" in leader else "lle-support" if "local-leader" in leader else None
                if kind and weak:
                    for target in rng.sample(weak, min(len(weak), rng.randrange(1, 4))):
                        self.link(s["urn"], target, kind, iso(rng.randrange(2016, 2023), 1, 1), driver="incentivised")
            for _ in range(rng.randrange(3, 8)):
                seller, client = rng.sample(urns, 2)
                start = iso(rng.randrange(2017, 2024), rng.randrange(1, 13), 1)
                self.link(seller, client, "traded-service", start, date_plus(start, rng.randrange(60, 720)), driver="voluntary")

    def distance(self, a, b):
        sa, sb = self.by_urn[a], self.by_urn[b]
        return math.hypot(float(sa["latitude"]) - float(sb["latitude"]), float(sa["longitude"]) - float(sb["longitude"]))

    # ---- helpers for planting ---------------------------------------------------------------
    def led(self, kinds, minimum, maximum=99, shared=0):
        """Unreserved structures of these kinds with a lead and between minimum and maximum
        schools, sharing at most `shared` schools (never the lead) with earlier plants."""
        found = []
        for s in self.structures:
            m = self.members[s["id"]]
            if (s["kind"] in kinds and s["lead"] and s["id"] not in self.reserved and minimum <= len(m) <= maximum
                    and len(set(m) & self.reserved_schools) <= shared and s["lead"] not in self.reserved_schools):
                found.append(s)
        self.rng.shuffle(found)
        return found

    def attainment_of(self, la):
        """Mean and sample standard deviation of the attainment of an authority's schools."""
        values = [float(s["attainment"]) for s in self.in_la(la) if s["attainment"]]
        mean = sum(values) / len(values)
        return mean, (sum((v - mean) ** 2 for v in values) / (len(values) - 1)) ** 0.5

    def reserve(self, sid):
        self.reserved.add(sid)
        self.reserved_schools.update(self.members[sid])

    def ties_of(self, urn):
        return [l for l in self.links if urn in (l["source"], l["target"])]

    def drop_links(self, predicate):
        self.links = [l for l in self.links if not predicate(l)]

    # ---- planted patterns ----------------------------------------------------------------------
    def plant_hierarchical(self, s):
        rng = self.rng
        sid, lead = s["id"], s["lead"]
        others = [u for u in self.members[sid] if u != lead]
        # Ties already among the members are removed: this alliance is run from the top.
        inside = set(self.members[sid])
        self.drop_links(lambda l: l["source"] in inside and l["target"] in inside)
        supported = rng.sample(others, max(3, math.ceil(len(others) * rng.uniform(0.5, 1.0))))
        for u in supported:
            kind = rng.choices(["nle-support", "lle-support", "sle-support", "partnership"], [35, 30, 15, 20])[0]
            self.link(lead, u, kind, iso(rng.randrange(2017, 2023), 9, 1), driver=rng.choice(["forced", "incentivised"]))
        if rng.random() < 0.5 and len(others) >= 2:
            a, b = rng.sample(others, 2)
            self.link(a, b, "partnership", depth="association")
        self.reserve(sid)
        self.truth["patterns"].append({"structure": sid, "pattern": "hierarchical"})

    def plant_exclusive(self, la, tag):
        rng = self.rng
        local = [s for s in self.in_la(la) if s["urn"] not in self.reserved_schools and s["phase"] in ("primary", "secondary")]
        size = rng.randrange(5, 10)
        if len(local) < size + 20:
            return False
        chosen = rng.sample(local, size)
        mean, sd = self.attainment_of(la)
        for s in chosen:
            s["attainment"] = f"{mean + sd * rng.uniform(1.0, 2.2):.2f}"
            s["ofsted"] = rng.choice(["outstanding", "outstanding", "good"])
        urns = [s["urn"] for s in chosen]
        inside = set(urns)
        # No support from these schools reaches weaker schools outside.
        self.drop_links(lambda l: l["source"] in inside and l["target"] not in inside and l["kind"].endswith("support"))
        sid = f"X{tag}"
        self.add_structure(sid, "partnership", f"{la} Excellence Partnership", urns[0], iso(2019, 9, 1))
        for u in urns[1:]:
            self.join(sid, u)
        for i in range(size):
            for j in range(i + 1, size):
                if rng.random() < rng.uniform(0.4, 0.8):
                    self.link(urns[i], urns[j], "partnership", depth=rng.choice(["collaboration", "collegiality"]))
        # Each member ring-tied so that none is isolated inside.
        for i in range(size):
            self.link(urns[i], urns[(i + 1) % size], "partnership", depth="collegiality")
        # Ties mostly inward: the group lets outside partnerships lapse until more of its ties
        # are inside than outside.
        def crossing(l):
            return (l["source"] in inside) != (l["target"] in inside)
        internal = sum(1 for l in self.links if l["source"] in inside and l["target"] in inside)
        external = [i for i, l in enumerate(self.links) if crossing(l)]
        rng.shuffle(external)
        dropped = set()
        for i in external:
            if len(external) - len(dropped) < internal:
                break
            if self.links[i]["kind"] == "partnership":
                dropped.add(i)
        self.links = [l for i, l in enumerate(self.links) if i not in dropped]
        self.reserve(sid)
        self.truth["patterns"].append({"structure": sid, "pattern": "exclusive"})
        return True

    def plant_marketised(self, s):
        rng = self.rng
        sid, lead = s["id"], s["lead"]
        inside = set(self.members[sid])
        outside = [x["urn"] for x in self.schools if x["urn"] not in inside and x["urn"] not in self.reserved_schools
                   and x["la"] == self.by_urn[lead]["la"]]
        clients = rng.sample(outside, rng.randrange(4, 11))
        if rng.random() < 0.4:
            clients[-1] = rng.choice(sorted(u for u in inside if u != lead))
        for u in clients:
            start = iso(rng.randrange(2018, 2024), rng.randrange(1, 13), 1)
            self.link(lead, u, "traded-service", start, date_plus(start, rng.randrange(90, 400)), driver="voluntary")
        if rng.random() < 0.3:
            start = iso(2022, 4, 1)
            self.link(clients[0], lead, "traded-service", start, date_plus(start, 120), driver="voluntary")
        self.reserve(sid)
        self.truth["patterns"].append({"structure": sid, "pattern": "marketised"})

    def plant_tsa_led_mat(self, s, tag):
        rng = self.rng
        sid, lead = s["id"], s["lead"]
        school = self.by_urn[lead]
        if "teaching-school" not in school["designations"]:
            school["designations"] = ";".join(filter(None, [school["designations"], "teaching-school"]))
        trust = [u for u in self.members[sid] if u != lead]
        if len(trust) >= 5 and rng.random() < 0.5:
            trust.remove(rng.choice(trust))
        extra_pool = [x["urn"] for x in self.in_la(school["la"]) if x["urn"] not in self.members[sid]
                      and x["urn"] not in self.reserved_schools]
        extra = rng.sample(extra_pool, rng.randrange(0, len(self.members[sid]) // 2 + 1))
        tsa = f"H{tag}"
        self.add_structure(tsa, "tsa", f"{school['name'].split()[0]} Teaching School Alliance", lead, iso(2016, 4, 1))
        for u in trust + extra:
            self.join(tsa, u, rng.choices(["member", "strategic-partner"], [80, 20])[0])
        self.reserve(sid)
        self.reserve(tsa)
        self.truth["hybrids"].append({"tsa": tsa, "mat": sid, "lead": lead})

    # ---- decoys -----------------------------------------------------------------------------------
    def decoy_collegial(self, s):
        rng = self.rng
        sid, lead = s["id"], s["lead"]
        others = [u for u in self.members[sid] if u != lead]
        for u in rng.sample(others, min(len(others), 4)):
            self.link(lead, u, "sle-support", iso(2021, 9, 1))
        for i, a in enumerate(others):
            for b in others[i + 1:]:
                if rng.random() < 0.5:
                    self.link(a, b, "partnership", depth="collegiality")
        self.reserve(sid)
        self.truth["decoys"].append({"structure": sid, "looks_like": "hierarchical", "why": "members densely tied"})

    def decoy_outward(self, la, tag):
        rng = self.rng
        local = [s for s in self.in_la(la) if s["urn"] not in self.reserved_schools]
        chosen = rng.sample(local, 6)
        values = [float(s["attainment"]) for s in self.in_la(la) if s["attainment"]]
        mean = sum(values) / len(values)
        for s in chosen:
            s["attainment"] = f"{mean + rng.uniform(0.9, 1.6):.2f}"
        urns = [s["urn"] for s in chosen]
        sid = f"Y{tag}"
        self.add_structure(sid, "partnership", f"{la} Improvement Partnership", urns[0], iso(2019, 9, 1))
        for u in urns[1:]:
            self.join(sid, u)
        for i in range(6):
            self.link(urns[i], urns[(i + 1) % 6], "partnership")
        weak = [s["urn"] for s in self.in_la(la) if s["ofsted"] in ("requires-improvement", "inadequate")
                and s["urn"] not in urns]
        for u in urns[:3]:
            for target in rng.sample(weak, 2):
                self.link(u, target, "lle-support", iso(2020, 9, 1), driver="voluntary")
        self.reserve(sid)
        self.truth["decoys"].append({"structure": sid, "looks_like": "exclusive", "why": "supports weaker schools outside"})

    def decoy_in_house(self, s):
        rng = self.rng
        sid, lead = s["id"], s["lead"]
        others = [u for u in self.members[sid] if u != lead]
        for u in others[:6]:
            start = iso(2021, 9, 1)
            self.link(lead, u, "traded-service", start, date_plus(start, 365))
        self.reserve(sid)
        self.truth["decoys"].append({"structure": sid, "looks_like": "marketised", "why": "clients are its own members"})

    def decoy_loose_hybrid(self, s, tag):
        rng = self.rng
        sid, lead = s["id"], s["lead"]
        school = self.by_urn[lead]
        school["designations"] = ";".join(filter(None, [school["designations"], "teaching-school"]))
        pool = [x["urn"] for x in self.in_la(school["la"]) if x["urn"] not in self.members[sid]
                and x["urn"] not in self.reserved_schools]
        tsa = f"L{tag}"
        self.add_structure(tsa, "tsa", f"{school['name'].split()[0]} Schools Alliance", lead, iso(2015, 4, 1))
        trust = [u for u in self.members[sid] if u != lead]
        for u in trust[:1] + rng.sample(pool, max(8, 2 * len(self.members[sid]))):
            self.join(tsa, u)
        self.reserve(sid)
        self.reserve(tsa)
        self.truth["decoys"].append({"structure": tsa, "looks_like": "tsa+mat", "with": sid,
                                     "why": "shares a lead, few members in common"})

    # ---- near misses: every clause but one of a definition holds ----------------------------------
    def near_patchy(self, s):
        """Hierarchical but for coverage: a star of support from the lead to three of many members."""
        sid, lead = s["id"], s["lead"]
        inside = set(self.members[sid])
        self.drop_links(lambda l: l["source"] in inside and l["target"] in inside)
        others = [u for u in self.members[sid] if u != lead]
        for u in self.rng.sample(others, 3):
            self.link(lead, u, "nle-support", iso(2021, 9, 1), driver="incentivised")
        self.reserve(sid)
        self.truth["decoys"].append({"structure": sid, "looks_like": "hierarchical", "why": "support reaches too few members"})

    def near_upward(self, s):
        """Hierarchical but for direction: a star whose support flows into the lead."""
        rng = self.rng
        sid, lead = s["id"], s["lead"]
        inside = set(self.members[sid])
        self.drop_links(lambda l: l["source"] in inside and l["target"] in inside)
        others = [u for u in self.members[sid] if u != lead]
        for u in rng.sample(others, max(3, math.ceil(len(others) * 0.8))):
            self.link(u, lead, rng.choice(["lle-support", "sle-support"]), iso(2021, 9, 1))
        self.reserve(sid)
        self.truth["decoys"].append({"structure": sid, "looks_like": "hierarchical", "why": "support flows into the lead"})

    def outside_clients(self, sid, lead, count):
        inside = set(self.members[sid])
        outside = [x["urn"] for x in self.schools if x["urn"] not in inside and x["urn"] not in self.reserved_schools
                   and x["la"] == self.by_urn[lead]["la"]]
        return self.rng.sample(outside, count)

    def near_long_lived(self, s):
        """Marketised but for duration: one-way sales to clients outside that run for years."""
        rng = self.rng
        sid, lead = s["id"], s["lead"]
        for u in self.outside_clients(sid, lead, rng.randrange(4, 9)):
            start = iso(rng.randrange(2012, 2017), rng.randrange(1, 13), 1)
            self.link(lead, u, "traded-service", start, date_plus(start, rng.randrange(1500, 2600)), driver="voluntary")
        self.reserve(sid)
        self.truth["decoys"].append({"structure": sid, "looks_like": "marketised", "why": "services run for years"})

    def near_two_way(self, s):
        """Marketised but for direction: short-lived sales to clients outside that stay its partners."""
        rng = self.rng
        sid, lead = s["id"], s["lead"]
        for u in self.outside_clients(sid, lead, rng.randrange(4, 9)):
            start = iso(rng.randrange(2018, 2024), rng.randrange(1, 13), 1)
            self.link(lead, u, "traded-service", start, date_plus(start, rng.randrange(90, 400)), driver="voluntary")
            self.link(u, lead, "partnership", iso(2016, 9, 1), depth="collaboration")
        self.reserve(sid)
        self.truth["decoys"].append({"structure": sid, "looks_like": "marketised", "why": "clients tied back to the lead"})

    def near_outward_tied(self, la, tag):
        """Exclusive but for ties: high performers who tie mostly to schools outside their group."""
        rng = self.rng
        local = [s for s in self.in_la(la) if s["urn"] not in self.reserved_schools]
        chosen = rng.sample(local, 6)
        mean, sd = self.attainment_of(la)
        for s in chosen:
            s["attainment"] = f"{mean + sd * rng.uniform(1.0, 2.2):.2f}"
        urns = [s["urn"] for s in chosen]
        inside = set(urns)
        self.drop_links(lambda l: l["source"] in inside and l["target"] not in inside and l["kind"].endswith("support"))
        sid = f"W{tag}"
        self.add_structure(sid, "partnership", f"{la} Outward Partnership", urns[0], iso(2019, 9, 1))
        for u in urns[1:]:
            self.join(sid, u)
        for i in range(6):
            self.link(urns[i], urns[(i + 1) % 6], "partnership")
        strong = [s["urn"] for s in self.in_la(la) if s["urn"] not in inside
                  and s["ofsted"] not in ("requires-improvement", "inadequate")]
        for u in urns:
            for target in rng.sample(strong, 3):
                self.link(u, target, "partnership", depth="cooperation")
        self.reserve(sid)
        self.truth["decoys"].append({"structure": sid, "looks_like": "exclusive", "why": "ties mostly outward"})

    # ---- the whole thing ---------------------------------------------------------------------------
    def build(self):
        rng = self.rng
        self.make_schools()
        self.make_structures()
        self.make_background_links()
        las = [la for la, _, _ in AUTHORITIES]
        candidates = self.led({"tsa", "mat"}, 5, 19)
        for s in candidates[:PLANTED_PER_KIND]:
            self.plant_hierarchical(s)
        k = 0
        while sum(p["pattern"] == "exclusive" for p in self.truth["patterns"]) < PLANTED_PER_KIND:
            k += 1
            self.plant_exclusive(las[k % len(las)], f"{k:03d}")
        # Marketised is the lead's behaviour: planted on leads of one structure only, so that the
        # truth names every structure it shows in.
        leads = [s["lead"] for s in self.structures if s["lead"]]
        single = [s for s in self.led({"tsa", "mat"}, 4, 30) if leads.count(s["lead"]) == 1]
        for s in single[:PLANTED_PER_KIND]:
            self.plant_marketised(s)
        for k, s in enumerate(self.led({"mat"}, 4, 16)[:PLANTED_PER_KIND]):
            self.plant_tsa_led_mat(s, f"{k + 1:03d}")
        for s in self.led({"tsa", "mat"}, 6, 20, shared=1)[:DECOYS_PER_KIND]:
            self.decoy_collegial(s)
        for k in range(DECOYS_PER_KIND):
            self.decoy_outward(las[(k * 3) % len(las)], f"{k + 1:03d}")
        for s in self.led({"mat", "tsa"}, 5, 20, shared=1)[:DECOYS_PER_KIND]:
            self.decoy_in_house(s)
        for k, s in enumerate(self.led({"mat"}, 3, 10)[:DECOYS_PER_KIND]):
            self.decoy_loose_hybrid(s, f"{k + 1:03d}")
        # Near misses, after everything else so that the cases above are as they were.
        leads = [s["lead"] for s in self.structures if s["lead"]]
        for s in self.led({"tsa", "mat"}, 10, 40, shared=1)[:NEAR_MISSES_PER_CLAUSE]:
            self.near_patchy(s)
        for s in self.led({"tsa", "mat"}, 5, 20, shared=1)[:NEAR_MISSES_PER_CLAUSE]:
            self.near_upward(s)
        single = [s for s in self.led({"tsa", "mat"}, 4, 30, shared=1) if leads.count(s["lead"]) == 1]
        for s in single[:NEAR_MISSES_PER_CLAUSE]:
            self.near_long_lived(s)
        for s in single[NEAR_MISSES_PER_CLAUSE:2 * NEAR_MISSES_PER_CLAUSE]:
            self.near_two_way(s)
        for k in range(NEAR_MISSES_PER_CLAUSE):
            self.near_outward_tied(las[(k * 5 + 1) % len(las)], f"{k + 1:03d}")
        for key in ("patterns", "hybrids", "decoys"):
            self.truth[key].sort(key=lambda d: json.dumps(d, sort_keys=True))

    def write(self, folder):
        os.makedirs(folder, exist_ok=True)

        def table(name, header, rows):
            with open(os.path.join(folder, name), "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(header)
                w.writerows(rows)

        school_columns = ["urn", "name", "phase", "governance", "la", "region", "ofsted", "attainment", "disadvantage",
                          "pupils", "latitude", "longitude", "designations"]
        table("schools.csv", school_columns, ([s[c] for c in school_columns] for s in self.schools))
        structure_columns = ["id", "kind", "name", "lead", "formed", "dissolved", "federation-type"]
        table("structures.csv", structure_columns, ([s[c] for c in structure_columns] for s in self.structures))
        table("memberships.csv", ["structure", "urn", "role", "joined", "left"],
              ([sid, u, role, "", ""] for sid in self.members for u, role in self.members[sid].items()))
        link_columns = ["source", "target", "kind", "depth", "driver", "weight", "start", "end"]
        table("links.csv", link_columns, ([l[c] for c in link_columns] for l in self.links))
        with open(os.path.join(folder, "ground-truth.json"), "w", encoding="utf-8") as f:
            json.dump(self.truth, f, indent=2, sort_keys=True, ensure_ascii=False)
            f.write("\n")

    def overlap_pairs(self):
        """Every pair of structures sharing a member: the columns of `schoolnet overlap`."""
        def number(x):
            return str(int(x)) if float(x).is_integer() else repr(float(x))
        ids = sorted(self.members)
        sets = {i: set(self.members[i]) for i in ids}
        rows = []
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                a, b = sets[ids[x]], sets[ids[y]]
                shared = len(a & b)
                if not shared:
                    continue
                relation = "coincident" if a == b else "nested" if a <= b or b <= a else "interleaved"
                rows.append([ids[x], ids[y], str(shared), number(shared / len(a | b)),
                             number(shared / min(len(a), len(b))), relation])
        return rows


def main():
    for seed in SEEDS:
        landscape = Landscape(seed)
        landscape.build()
        landscape.write(os.path.join(OUT, f"seed-{seed}"))
        with open(os.path.join(OUT, f"seed-{seed}.pairs.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["a", "b", "shared", "jaccard", "overlap_coefficient", "relation"])
            w.writerows(landscape.overlap_pairs())
        print(f"seed {seed}: {len(landscape.schools)} schools, {len(landscape.structures)} structures, "
              f"{sum(len(m) for m in landscape.members.values())} memberships, {len(landscape.links)} links")


if __name__ == "__main__":
    main()
