#!/usr/bin/env python3
"""Writes the reference values the Swift tests compare against: Data/<graph>.json.

Each file holds the graph itself (node count, direction, edge list with weights) and, per
measure, the values NetworkX and igraph compute for it, with the library versions. The Swift
tests build the same graph from the same edge list and compare (1e-9 relative for exact
measures, 1e-6 for iterative ones). CI reads the committed files and needs no network.

    pip install networkx==3.6.1 igraph==1.0.0
    python3 Tests/SchoolNetGraphTests/Reference/generate_reference.py

Iterative measures are computed with tight tolerances (1e-13) so that the references are the
converged values, not the library's default stopping point.
"""
import csv
import json
import math
import os
import random
import sys

import igraph as ig
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(HERE, "Data")
TIGHT = 1e-13


def clean(values):
    """Lists of floats with NaN and infinity as null (JSON has neither)."""
    return [None if (v is None or (isinstance(v, float) and not math.isfinite(v))) else v for v in values]


def scalar(v):
    """A float, or null when NaN or infinite."""
    return None if v is None or not math.isfinite(v) else float(v)


def by_node(mapping, n):
    return clean([float(mapping[i]) for i in range(n)])


# --- Fixture graphs: every graph has nodes 0..n-1 ------------------------------------------

def relabel(G):
    """Nodes renamed 0..n-1 in NetworkX's own node order."""
    mapping = {v: i for i, v in enumerate(G.nodes())}
    return nx.relabel_nodes(G, mapping), [str(v) for v in G.nodes()]


def fixtures():
    graphs = {}
    graphs["path"] = (nx.path_graph(5), None)
    graphs["star"] = (nx.star_graph(5), None)
    graphs["complete"] = (nx.complete_graph(5), None)
    kite, names = relabel(nx.krackhardt_kite_graph())
    graphs["kite"] = (kite, names)
    karate = nx.karate_club_graph()
    unweighted_karate = nx.Graph()
    unweighted_karate.add_nodes_from(karate.nodes(data=True))
    unweighted_karate.add_edges_from(karate.edges())
    graphs["karate"] = (unweighted_karate, None)
    # Karate with its interaction counts as weights (NetworkX 3.x ships them).
    graphs["karate-weighted"] = (karate, None)
    davis = nx.davis_southern_women_graph()
    women = [v for v, d in davis.nodes(data=True) if d["bipartite"] == 0]
    events = [v for v, d in davis.nodes(data=True) if d["bipartite"] == 1]
    order = {v: i for i, v in enumerate(women + events)}
    davis_two_mode = nx.relabel_nodes(davis, order)
    for v in davis_two_mode.nodes:
        davis_two_mode.nodes[v]["bipartite"] = 0 if v < len(women) else 1
    graphs["davis"] = (davis_two_mode, [str(v) for v in women + events])
    projected = nx.bipartite.projected_graph(davis_two_mode, range(len(women)))
    graphs["davis-women"] = (nx.convert_node_labels_to_integers(projected, ordering="sorted"), None)
    disconnected = nx.Graph()
    disconnected.add_nodes_from(range(9))
    disconnected.add_edges_from([(0, 1), (1, 2), (2, 0), (2, 3), (4, 5), (5, 6), (6, 7), (7, 4), (4, 6)])
    graphs["disconnected"] = (disconnected, None)
    weighted = nx.Graph()
    weighted.add_weighted_edges_from([(0, 1, 2.0), (0, 2, 1.0), (1, 2, 0.5), (1, 3, 3.0), (2, 3, 1.5),
                                      (3, 4, 1.0), (4, 5, 2.5), (3, 5, 4.0), (5, 6, 0.75)])
    graphs["weighted"] = (weighted, None)
    directed = nx.DiGraph()
    directed.add_nodes_from(range(8))
    directed.add_edges_from([(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 3), (4, 5), (5, 6), (6, 4),
                             (1, 7), (7, 1), (0, 6)])
    graphs["directed"] = (directed, None)
    graphs["directed-random"] = (nx.gnp_random_graph(40, 0.08, seed=11, directed=True), None)
    # Sparse and random: few twins and several components, so that the closeness searches run
    # in more than one batch of 256 sources (undirected and directed).
    graphs["sparse-random"] = (nx.gnm_random_graph(600, 900, seed=7), None)
    graphs["sparse-directed"] = (nx.gnm_random_graph(400, 800, seed=8, directed=True), None)
    # Deeper than 255 levels from its ends, with many shortest paths between them: the
    # breadth-first searches keep levels modulo 255 when undirected.
    graphs["deep-ladder"] = (nx.ladder_graph(320), None)
    graphs["demo-landscape"] = (demo_landscape(), None)
    graphs["generated-300"] = (school_network(generated_landscape()), None)
    return graphs


def generated_landscape():
    """A landscape of 300 schools made by this script's own seeded generator (not schoolnet's),
    written as a bundle beside the reference data: four areas, clusters of primaries, trusts,
    two alliances, a federation, support and partnership links with weights."""
    rng = random.Random(300)
    folder = os.path.join(HERE, "Landscapes", "generated-300")
    os.makedirs(folder, exist_ok=True)
    schools = [(str(200000 + 7 * i), rng.choice(["primary"] * 4 + ["secondary"]), f"Area {i % 4}") for i in range(300)]
    structures, memberships, links = [], [], []
    for area in range(4):
        local = [s for s in schools if s[2] == f"Area {area}"]
        primaries = [s for s in local if s[1] == "primary"]
        for c in range(0, len(primaries), 12):
            sid = f"CL{area}-{c // 12}"
            structures.append((sid, "cluster", ""))
            memberships += [(sid, s[0], "member") for s in primaries[c:c + 12] if rng.random() < 0.9]
        pool = local[:]
        rng.shuffle(pool)
        for t in range(6):
            members = pool[t * 5:t * 5 + rng.randint(1, 5)]
            if members:
                sid = f"MAT{area}-{t}"
                structures.append((sid, "mat", members[0][0]))
                memberships += [(sid, s[0], "lead" if s is members[0] else "member") for s in members]
    for a in range(2):
        sid = f"TSA{a}"
        members = rng.sample(schools, 25)
        structures.append((sid, "tsa", members[0][0]))
        memberships += [(sid, s[0], "lead" if s is members[0] else "member") for s in members]
    fed = [s for s in schools if s[1] == "primary"][-2:]
    structures.append(("FED0", "federation", ""))
    memberships += [("FED0", s[0], "member") for s in fed]
    for _ in range(40):
        a, b = rng.sample(schools, 2)
        links.append((a[0], b[0], rng.choice(["nle-support", "lle-support", "partnership"]), rng.choice([1, 1, 2, 3])))
    with open(os.path.join(folder, "schools.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["urn", "name", "phase", "la"])
        w.writerows([[u, f"Generated school {u}", phase, area] for u, phase, area in schools])
    with open(os.path.join(folder, "structures.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "kind", "lead", "federation-type"])
        w.writerows([[sid, kind, lead, "hard" if kind == "federation" else ""] for sid, kind, lead in structures])
    with open(os.path.join(folder, "memberships.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["structure", "urn", "role"])
        w.writerows(memberships)
    with open(os.path.join(folder, "links.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "kind", "weight"])
        w.writerows(links)
    return folder


def demo_landscape():
    return school_network(os.path.join(ROOT, "Examples", "demo-landscape"))


def school_network(folder):
    """A landscape's school network over all layers, computed here independently of the Swift
    code: schools sorted by numeric URN, co-members tied, links tied (undirected), weight = the
    number of shared structures plus the links' weights."""
    rows = {r["urn"]: r for r in csv.DictReader(open(os.path.join(folder, "schools.csv"), encoding="utf-8"))}
    schools = sorted(rows, key=int)
    index = {u: i for i, u in enumerate(schools)}
    members = {}
    for r in csv.DictReader(open(os.path.join(folder, "memberships.csv"), encoding="utf-8")):
        members.setdefault(r["structure"], set()).add(r["urn"])
    G = nx.Graph()
    G.add_nodes_from(range(len(schools)))
    for u, i in index.items():
        for attribute in ("phase", "ofsted", "governance"):
            G.nodes[i][attribute] = rows[u].get(attribute, "")

    def tie(a, b, weight=1.0):
        if G.has_edge(a, b):
            G[a][b]["weight"] += weight
        else:
            G.add_edge(a, b, weight=weight)

    for sid in sorted(members):
        group = sorted(index[u] for u in members[sid])
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                tie(a, b)
    for r in csv.DictReader(open(os.path.join(folder, "links.csv"), encoding="utf-8")):
        tie(index[r["source"]], index[r["target"]], float(r.get("weight") or 1))
    return G


# --- Measures --------------------------------------------------------------------------------

def to_igraph(G):
    n = G.number_of_nodes()
    edges = list(G.edges())
    g = ig.Graph(n=n, edges=edges, directed=G.is_directed())
    g.es["weight"] = [G[u][v].get("weight", 1.0) for u, v in edges]
    return g


def burt_effective_size(G):
    """Burt (1992, p. 52): sum over contacts j of 1 - sum over other contacts q of p_iq m_jq, with
    contacts tied either way, p the share of mutual weight and m the mutual weight over its
    largest value for j; NaN for a node without contacts."""
    def mutual(u, v):
        return (1.0 if G.has_edge(u, v) else 0.0) + (1.0 if G.has_edge(v, u) else 0.0)

    def contacts(u):
        return set(nx.all_neighbors(G, u)) - {u}

    values = []
    for i in range(G.number_of_nodes()):
        ci = contacts(i)
        if not ci:
            values.append(None)
            continue
        total = sum(mutual(i, q) for q in ci)
        size = 0.0
        for j in sorted(ci):
            largest = max(mutual(j, x) for x in contacts(j))
            size += 1 - sum(mutual(i, q) / total * mutual(j, q) / largest for q in sorted(ci) if q != j)
        values.append(size)
    return values


def measures(G):
    n = G.number_of_nodes()
    g = to_igraph(G)
    directed = G.is_directed()
    weighted = any("weight" in d for _, _, d in G.edges(data=True))
    m = {}
    m["degree"] = [float(G.degree(i)) for i in range(n)]
    if directed:
        m["in_degree"] = [float(G.in_degree(i)) for i in range(n)]
        m["out_degree"] = [float(G.out_degree(i)) for i in range(n)]
    m["strength"] = [float(G.degree(i, weight="weight")) for i in range(n)]
    m["igraph_strength"] = clean(g.strength(weights="weight", mode="all"))
    m["density"] = nx.density(G)
    m["igraph_density"] = g.density(loops=False)

    m["betweenness_nx"] = by_node(nx.betweenness_centrality(G, normalized=True), n)
    m["betweenness_raw_nx"] = by_node(nx.betweenness_centrality(G, normalized=False), n)
    m["betweenness_igraph"] = clean(g.betweenness(directed=directed))
    if weighted:
        m["betweenness_weighted_nx"] = by_node(nx.betweenness_centrality(G, normalized=True, weight="weight"), n)
        m["betweenness_weighted_igraph"] = clean(g.betweenness(directed=directed, weights="weight"))

    m["closeness_nx"] = by_node(nx.closeness_centrality(G), n)
    m["closeness_igraph"] = clean(g.closeness(mode="in" if directed else "all", normalized=True))
    if weighted:
        m["closeness_weighted_nx"] = by_node(nx.closeness_centrality(G, distance="weight"), n)
    m["harmonic_nx"] = by_node(nx.harmonic_centrality(G), n)
    m["harmonic_igraph"] = clean(g.harmonic_centrality(mode="in" if directed else "all", normalized=True))

    m["pagerank_nx"] = by_node(nx.pagerank(G, alpha=0.85, weight=None, tol=TIGHT, max_iter=100000), n)
    m["pagerank_igraph"] = clean(g.pagerank(damping=0.85, directed=directed))
    if weighted:
        m["pagerank_weighted_nx"] = by_node(nx.pagerank(G, alpha=0.85, weight="weight", tol=TIGHT, max_iter=100000), n)
        m["pagerank_weighted_igraph"] = clean(g.pagerank(damping=0.85, directed=directed, weights="weight"))

    if not directed:
        connected = nx.is_connected(G)
        if connected:
            m["eigenvector_nx"] = by_node(nx.eigenvector_centrality(G, tol=TIGHT, max_iter=100000), n)
            m["eigenvector_igraph"] = clean(g.eigenvector_centrality(scale=True))
            if weighted:
                m["eigenvector_weighted_nx"] = by_node(nx.eigenvector_centrality(G, tol=TIGHT, max_iter=100000, weight="weight"), n)
        m["core_nx"] = by_node(nx.core_number(G), n)
        m["core_igraph"] = [float(c) for c in g.coreness(mode="all")]
        m["clustering_nx"] = by_node(nx.clustering(G), n)
        m["clustering_igraph"] = clean(g.transitivity_local_undirected(mode="zero"))
        if weighted:
            m["clustering_weighted_nx"] = by_node(nx.clustering(G, weight="weight"), n)
        m["transitivity_nx"] = nx.transitivity(G)
        m["transitivity_igraph"] = g.transitivity_undirected()
        m["average_clustering_nx"] = nx.average_clustering(G)
        m["constraint_nx"] = by_node(nx.constraint(G), n)
        m["constraint_igraph"] = clean(g.constraint())
        m["effective_size_nx"] = by_node(nx.effective_size(G), n)
        if weighted:
            m["constraint_weighted_nx"] = by_node(nx.constraint(G, weight="weight"), n)
            m["constraint_weighted_igraph"] = clean(g.constraint(weights="weight"))
            # With nodes= given NetworkX takes the general (Burt) path for weighted graphs,
            # which is the one that matches UCINET; its default path differs (3.6.1).
            m["effective_size_weighted_nx"] = by_node(nx.effective_size(G, nodes=list(G), weight="weight"), n)
        m["components_nx"] = nx.number_connected_components(G)
        m["degree_assortativity_nx"] = nx.degree_assortativity_coefficient(G) if G.number_of_edges() else None
    else:
        m["core_nx"] = by_node(nx.core_number(G), n)
        m["clustering_nx"] = by_node(nx.clustering(G), n)
        m["constraint_nx"] = by_node(nx.constraint(G), n)
        # NetworkX 3.6.1 has no path that follows Burt everywhere on a directed graph: the default
        # (matrix) path differs where ties are reciprocated, and the nodes= path returns NaN for
        # a node with incoming ties only. So the reference is Burt's formula computed here, and
        # NetworkX's nodes= values are kept to compare wherever it gives one.
        m["effective_size_nx"] = by_node(nx.effective_size(G, nodes=list(G)), n)
        m["effective_size_burt"] = burt_effective_size(G)
        m["reciprocity_nx"] = nx.reciprocity(G)
        m["reciprocity_igraph"] = g.reciprocity()
        m["weak_components_nx"] = nx.number_weakly_connected_components(G)
        m["strong_components_nx"] = nx.number_strongly_connected_components(G)
    return m


def main():
    os.makedirs(OUT, exist_ok=True)
    versions = {"networkx": nx.__version__, "igraph": ig.__version__, "python": sys.version.split()[0]}
    for name, (G, labels) in fixtures().items():
        # python-igraph draws on Python's random module (multilevel communities, ARPACK's start
        # vector): seeding it per fixture makes every file the same on every run.
        random.seed(20261124)
        n = G.number_of_nodes()
        edges = sorted((min(u, v), max(u, v)) if not G.is_directed() else (u, v) for u, v in G.edges())
        body = {
            "name": name,
            "versions": versions,
            "graph": {
                "nodes": n,
                "directed": G.is_directed(),
                "edges": [[u, v, float(G[u][v].get("weight", 1.0))] for u, v in edges],
                "labels": labels,
            },
            "measures": measures(G),
        }
        if name == "davis":
            body["graph"]["partition"] = [G.nodes[i]["bipartite"] for i in range(n)]
            women = [i for i in range(n) if G.nodes[i]["bipartite"] == 0]
            counted = nx.bipartite.weighted_projected_graph(G, women)
            newman = nx.bipartite.collaboration_weighted_projected_graph(G, women)
            body["projection"] = {
                "count_nx": sorted([min(u, v), max(u, v), float(d["weight"])] for u, v, d in counted.edges(data=True)),
                "newman_nx": sorted([min(u, v), max(u, v), float(d["weight"])] for u, v, d in newman.edges(data=True)),
            }
        if name == "demo-landscape":
            for attribute in ("phase", "ofsted", "governance"):
                body["measures"][f"{attribute}_assortativity_nx"] = nx.attribute_assortativity_coefficient(G, attribute)
        if name == "karate":
            clubs = [G.nodes[i]["club"] for i in range(n)]
            body["graph"]["groups"] = clubs
            g = to_igraph(G)
            codes = [0 if c == "Mr. Hi" else 1 for c in clubs]
            body["measures"]["club_assortativity_nx"] = nx.attribute_assortativity_coefficient(G, "club")
            body["measures"]["club_assortativity_igraph"] = g.assortativity_nominal(codes, directed=False)
            split = [{i for i in range(n) if codes[i] == k} for k in (0, 1)]
            body["measures"]["club_modularity_nx"] = nx.community.modularity(G, split)
            body["measures"]["club_modularity_igraph"] = g.modularity(codes)
            multilevel = g.community_multilevel(return_levels=False)
            body["measures"]["multilevel_membership_igraph"] = multilevel.membership
            body["measures"]["multilevel_modularity_igraph"] = multilevel.modularity
            body["measures"]["club_vs_multilevel_nmi_igraph"] = ig.compare_communities(codes, multilevel.membership, method="nmi")
            body["measures"]["club_vs_multilevel_ari_igraph"] = ig.compare_communities(codes, multilevel.membership, method="adjusted_rand")
            degrees = [float(G.degree(i)) for i in range(n)]
            body["measures"]["degree_assortativity_igraph"] = g.assortativity_degree(directed=False)
        with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
            body["measures"] = {k: (scalar(v) if isinstance(v, float) else v) for k, v in body["measures"].items()}
            json.dump(body, f, indent=1, sort_keys=True, allow_nan=False)
            f.write("\n")
        print(f"{name}: {n} nodes, {len(edges)} edges")


if __name__ == "__main__":
    main()
