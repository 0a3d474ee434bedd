#!/usr/bin/env python3
"""Writes the reference values of the researcher's measures: Research/<name>.json.

    pip install networkx==3.6.1 igraph==1.0.0 leidenalg==0.12.0
    swift build -c release --product schoolnet
    python3 Tests/SchoolNetGraphTests/Reference/generate_research_reference.py

- Leiden: the quality igraph's community_leiden (modularity objective, until stable) and the
  leidenalg package reach on a generated region (schoolnet's generator, seed 1, 2,490 schools)
  and on the karate club, over ten seeds each; CPM quality from leidenalg with one of its
  partitions, so that the quality function itself is checked exactly.
- Two-mode: NetworkX's bipartite degree, closeness and betweenness centralities and Latapy's
  clustering (dot, min, max) on the Davis southern women and on a random two-mode graph.
- QAP: numpy's correlation between the demo's co-TSA and co-MAT matrices (the observed value
  `schoolnet qap` tests; its p-values are checked by their stated properties), and numpy's least
  squares of co-MAT on co-TSA, co-cluster and NLE support (MRQAP's coefficients, t and R²).
- Core-periphery: numpy's correlation with the ideal pattern for given partitions, the best fit
  over every partition of small graphs (brute force), and the continuous coreness from scipy's
  least squares.
- Structural equivalence: Euclidean and correlation profile distances computed pair by pair from
  their definitions, then SciPy's average linkage (merge heights, clusters at 2, 4 and 6).
- Families of schools: each demo school's nearest schools computed from schools.csv by the
  definition (standardised, weighted; phase as a stratum).
- Ego networks: NetworkX's ego_graph of each node, ego removed (size, ties, density,
  components), on the demo landscape's network and a sparse random graph.

The school network of the region is built here from the generated files, independently of the
Swift code (the same construction as generate_reference.py). Every file holds its graph.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

import igraph as ig
import leidenalg
import networkx as nx
from networkx.algorithms import bipartite

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(HERE, "Research")
sys.path.insert(0, HERE)
import generate_reference as base  # noqa: E402

SEEDS = range(10)
VERSIONS = {"networkx": nx.__version__, "igraph": ig.__version__, "leidenalg": leidenalg.version,
            "python": sys.version.split()[0]}


def write(name, body):
    os.makedirs(OUT, exist_ok=True)
    body["versions"] = VERSIONS
    with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
        json.dump(body, f, sort_keys=True, allow_nan=False, separators=(",", ":"))
        f.write("\n")
    print(f"{name}: written")


def edge_list(G):
    return [[min(u, v), max(u, v), float(G[u][v].get("weight", 1.0))] for u, v in sorted(G.edges())]


def region_network():
    binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip() + "/schoolnet"
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([binary, "generate", "--scale", "region", "--seed", "1", "-o", folder], check=True,
                       capture_output=True)
        return base.school_network(folder)


def leiden_reference(G):
    g = base.to_igraph(G)
    body = {"graph": {"nodes": G.number_of_nodes(), "edges": edge_list(G)}}
    for weighted in (False, True):
        w = "weight" if weighted else None
        key = "weighted" if weighted else "unweighted"
        igraph_q, leidenalg_q = [], []
        for seed in SEEDS:
            random.seed(seed)
            c = g.community_leiden(objective_function="modularity", weights=w, n_iterations=-1)
            igraph_q.append(g.modularity(c.membership, weights=w))
            p = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, weights=w, seed=seed,
                                         n_iterations=-1)
            leidenalg_q.append(g.modularity(p.membership, weights=w))
        random.seed(0)
        body[f"modularity_{key}"] = {
            "igraph_leiden_max": max(igraph_q), "igraph_leiden_mean": sum(igraph_q) / len(igraph_q),
            "leidenalg_max": max(leidenalg_q), "igraph_multilevel": g.community_multilevel(weights=w).modularity,
        }
    # CPM at a density between the network's and a clique's.
    gamma = 0.05
    cpm = []
    for seed in SEEDS:
        p = leidenalg.find_partition(g, leidenalg.CPMVertexPartition, resolution_parameter=gamma, seed=seed,
                                     n_iterations=-1)
        cpm.append((p.quality(), p.membership))
    best, membership = max(cpm, key=lambda pair: pair[0])
    body["cpm"] = {"resolution": gamma, "leidenalg_max": best, "leidenalg_membership": membership}
    return body


def two_mode_reference(G, top):
    """NetworkX's bipartite measures on a two-mode graph whose first `top` nodes are one mode."""
    top_nodes = set(range(top))
    n = G.number_of_nodes()

    def vector(mapping):
        return [float(mapping[i]) for i in range(n)]

    return {
        "graph": {"nodes": n, "first_mode": top, "edges": edge_list(G)},
        "degree": vector(bipartite.degree_centrality(G, top_nodes)),
        "closeness": vector(bipartite.closeness_centrality(G, top_nodes, normalized=True)),
        "betweenness": vector(bipartite.betweenness_centrality(G, top_nodes)),
        "clustering_dot": vector(bipartite.clustering(G, mode="dot")),
        "clustering_min": vector(bipartite.clustering(G, mode="min")),
        "clustering_max": vector(bipartite.clustering(G, mode="max")),
    }


def davis():
    D = nx.davis_southern_women_graph()
    women = [v for v, d in D.nodes(data=True) if d["bipartite"] == 0]
    events = [v for v, d in D.nodes(data=True) if d["bipartite"] == 1]
    order = {v: i for i, v in enumerate(women + events)}
    return nx.relabel_nodes(D, order), len(women)


def random_two_mode():
    """60 actors and 25 groups, unevenly sized, in several components, with isolated actors."""
    rng = random.Random(19)
    G = nx.Graph()
    G.add_nodes_from(range(85))
    for g in range(25):
        size = rng.choice([1, 2, 3, 4, 6, 9])
        for a in rng.sample(range(55), size):
            G.add_edge(a, 60 + g)
    return G, 60


def ego_reference(G):
    """NetworkX's ego_graph of each node with the ego removed: its nodes, edges, density (null with
    fewer than two alters, where NetworkX says 0) and connected components."""
    n = G.number_of_nodes()
    size, ties, density, components = [], [], [], []
    for v in range(n):
        alters = nx.ego_graph(G, v, radius=1)
        alters.remove_node(v)
        size.append(alters.number_of_nodes())
        ties.append(alters.number_of_edges())
        density.append(nx.density(alters) if alters.number_of_nodes() > 1 else None)
        components.append(nx.number_connected_components(alters))
    return {"graph": {"nodes": n, "edges": edge_list(G)}, "size": size, "ties": ties, "density": density,
            "components": components}


def layer_matrix(folder, kind):
    """The demo's school network of one kind of structure, as a matrix over the schools sorted by
    numeric URN: the number of structures of that kind two schools share."""
    import csv
    import numpy as np
    schools = sorted((r["urn"] for r in csv.DictReader(open(os.path.join(folder, "schools.csv"), encoding="utf-8"))), key=int)
    index = {u: i for i, u in enumerate(schools)}
    kinds = {r["id"]: r["kind"] for r in csv.DictReader(open(os.path.join(folder, "structures.csv"), encoding="utf-8"))}
    members = {}
    for r in csv.DictReader(open(os.path.join(folder, "memberships.csv"), encoding="utf-8")):
        if kinds.get(r["structure"]) == kind:
            members.setdefault(r["structure"], set()).add(index[r["urn"]])
    matrix = np.zeros((len(schools), len(schools)))
    for group in members.values():
        for a in group:
            for b in group:
                if a != b:
                    matrix[a, b] += 1
    if kind.startswith("link:"):
        for r in csv.DictReader(open(os.path.join(folder, "links.csv"), encoding="utf-8")):
            if r["kind"] == kind[5:] and r["source"] != r["target"]:
                a, b = index[r["source"]], index[r["target"]]
                weight = float(r.get("weight") or 1)
                matrix[a, b] += weight
                matrix[b, a] += weight
    return matrix


def qap_reference():
    """numpy's Pearson correlation between the demo's co-TSA and co-MAT matrices over the pairs
    of schools (upper triangle), weighted and 0/1, every row of the files (all dates)."""
    import numpy as np
    folder = os.path.join(ROOT, "Examples", "demo-landscape")
    tsa, mat = layer_matrix(folder, "tsa"), layer_matrix(folder, "mat")
    upper = np.triu_indices(len(tsa), k=1)
    x, y = tsa[upper], mat[upper]
    return {"numpy": np.__version__, "pairs": int(len(x)),
            "weighted": float(np.corrcoef(x, y)[0, 1]),
            "unweighted": float(np.corrcoef(x > 0, y > 0)[0, 1])}


def core_periphery_fit(A, core):
    """numpy's correlation between the ties and the pattern "either node in the core" over the
    pairs of distinct nodes (Borgatti and Everett 2000, as cpnet.BE scores it)."""
    import numpy as np
    n = len(A)
    upper = np.triu_indices(n, k=1)
    pattern = (core[:, None] | core[None, :]).astype(float)
    ties, ideal = A[upper], pattern[upper]
    if ties.std() == 0 or ideal.std() == 0:
        return None
    return float(np.corrcoef(ties, ideal)[0, 1])


def core_periphery_reference(G, exhaustive):
    """The fit of two given partitions (the five and the ten nodes of highest degree, ties by
    number); with `exhaustive`, the best fit over every partition (brute force); and the
    continuous coreness minimising the residual over the pairs, found by scipy."""
    import numpy as np
    from scipy.optimize import least_squares
    n = G.number_of_nodes()
    A = nx.to_numpy_array(G, nodelist=range(n), weight=None)
    by_degree = sorted(range(n), key=lambda v: (-G.degree(v), v))
    body = {"graph": {"nodes": n, "edges": edge_list(G)}, "given": []}
    for k in (5, 10):
        core = np.zeros(n, dtype=bool)
        core[by_degree[:k]] = True
        body["given"].append({"core": sorted(by_degree[:k]), "fit": core_periphery_fit(A, core)})
    if exhaustive:
        best = None
        for mask in range(1, 2 ** n - 1):
            core = np.array([(mask >> v) & 1 == 1 for v in range(n)])
            fit = core_periphery_fit(A, core)
            if fit is not None and (best is None or fit > best):
                best = fit
        body["best_fit"] = best
    upper = np.triu_indices(n, k=1)

    def residual(c):
        return (A - np.outer(c, c))[upper]

    start = A.sum(axis=1) / np.linalg.norm(A.sum(axis=1))
    c = least_squares(residual, start, xtol=1e-15, ftol=1e-15, gtol=1e-15).x
    c = np.abs(c) / np.linalg.norm(c)
    body["coreness"] = [float(v) for v in c]
    body["coreness_fit"] = float(np.corrcoef(A[upper], np.outer(c, c)[upper])[0, 1])
    return body


def equivalence_reference(G, weighted):
    """Profile distances computed pair by pair from their definitions (Wasserman and Faust 1994,
    9.2 and 9.3, the pair's own cells left out; a constant profile correlates at 0), then SciPy's
    average linkage: its merge heights, and the clusters at 2, 4 and 6 (fcluster maxclust)."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    n = G.number_of_nodes()
    X = nx.to_numpy_array(G, nodelist=range(n), weight="weight" if weighted else None)
    body = {"graph": {"nodes": n, "edges": edge_list(G)}, "weighted": weighted}
    for kind in ("euclidean", "correlation"):
        D = np.zeros((n, n))
        for i in range(n):
            for j in range(i + 1, n):
                others = [k for k in range(n) if k not in (i, j)]
                a, b = X[i, others], X[j, others]
                if kind == "euclidean":
                    d = float(np.sqrt(np.sum((a - b) ** 2) + np.sum((X[others, i] - X[others, j]) ** 2)))
                else:
                    r = 0.0 if a.std() < 1e-12 or b.std() < 1e-12 else float(np.corrcoef(a, b)[0, 1])
                    d = 1 - r
                D[i, j] = D[j, i] = d
        Z = linkage(squareform(D, checks=False), method="average")
        body[kind] = {
            "distances": [float(D[i, j]) for i in range(n) for j in range(i + 1, n)],
            "heights": [float(h) for h in Z[:, 2]],
            "clusters": {str(k): [int(c) for c in fcluster(Z, k, criterion="maxclust")] for k in (2, 4, 6)},
        }
    return body


def mrqap_reference():
    """numpy's least squares of the demo's co-MAT matrix on its co-TSA, co-cluster and NLE-support
    matrices with an intercept, over the pairs of schools (all dates): coefficients, their
    t-statistics (σ² = SSE / (N − k − 1)), R² and adjusted R²."""
    import numpy as np
    folder = os.path.join(ROOT, "Examples", "demo-landscape")
    layers = [layer_matrix(folder, kind) for kind in ("mat", "tsa", "cluster", "link:nle-support")]
    upper = np.triu_indices(len(layers[0]), k=1)
    y = layers[0][upper]
    X = np.column_stack([np.ones(len(y))] + [m[upper] for m in layers[1:]])
    beta, _, _, _ = np.linalg.lstsq(X, y, rcond=None)
    residuals = y - X @ beta
    sse = float(residuals @ residuals)
    n, p = X.shape
    covariance = sse / (n - p) * np.linalg.inv(X.T @ X)
    sst = float(((y - y.mean()) ** 2).sum())
    return {"numpy": np.__version__, "pairs": int(n), "coefficients": [float(b) for b in beta],
            "t": [float(b / np.sqrt(covariance[i, i])) for i, b in enumerate(beta)],
            "r_squared": 1 - sse / sst, "adjusted_r_squared": 1 - (sse / (n - p)) / (sst / (n - 1))}


def families_reference(features, size):
    """Each demo school's `size` nearest schools, computed here from schools.csv: numeric features
    standardised over the schools that have them (population sd), weighted squared differences,
    categorical features as strata; schools lacking a feature left out; ties to the lower URN."""
    import csv
    rows = list(csv.DictReader(open(os.path.join(ROOT, "Examples", "demo-landscape", "schools.csv"), encoding="utf-8")))
    numeric = [(name, weight) for name, weight in features if name != "phase"]
    strata = [name for name, _ in features if name == "phase"]
    scales = {}
    for name, _ in numeric:
        values = [float(r[name]) for r in rows if r.get(name, "").strip()]
        mean = sum(values) / len(values)
        sd = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5
        scales[name] = (mean, sd)
    usable = {}
    excluded = []
    for r in rows:
        if any(not r.get(name, "").strip() for name, _ in features):
            excluded.append(r["urn"])
            continue
        z = [(float(r[name]) - scales[name][0]) / scales[name][1] for name, _ in numeric]
        usable[r["urn"]] = (tuple(r[name] for name in strata), z)
    weights = [w for _, w in numeric]
    nearest = {}
    for a, (stratum, za) in usable.items():
        candidates = []
        for b, (other, zb) in usable.items():
            if b != a and other == stratum:
                d = sum(w * (x - y) ** 2 for w, x, y in zip(weights, za, zb)) ** 0.5
                candidates.append((d, b))
        candidates.sort()
        nearest[a] = [[b, d] for d, b in candidates[:size]]
    return {"features": [[n, w] for n, w in features], "size": size, "nearest": nearest,
            "excluded": sorted(excluded), "phase": {r["urn"]: r["phase"] for r in rows}}


def main():
    write("leiden-region", leiden_reference(region_network()))
    karate = nx.karate_club_graph()
    write("leiden-karate", leiden_reference(karate))
    D, women = davis()
    write("twomode-davis", two_mode_reference(D, women))
    R, actors = random_two_mode()
    write("twomode-random", two_mode_reference(R, actors))
    write("ego-demo", ego_reference(base.demo_landscape()))
    write("ego-sparse", ego_reference(nx.gnm_random_graph(300, 700, seed=19)))
    write("qap-demo", qap_reference())
    write("families-demo", families_reference([("phase", 1), ("disadvantage", 1), ("attainment", 1), ("pupils", 1)], 5))
    write("families-demo-weighted", families_reference([("attainment", 2), ("disadvantage", 1)], 4))
    write("mrqap-demo", mrqap_reference())
    kite, _ = base.relabel(nx.krackhardt_kite_graph())
    write("coreperiphery-kite", core_periphery_reference(kite, exhaustive=True))
    for seed in (1, 2, 3):
        write(f"coreperiphery-random-{seed}", core_periphery_reference(nx.gnp_random_graph(13, 0.3, seed=seed), exhaustive=True))
    planted = nx.Graph()
    planted.add_nodes_from(range(14))
    rng = random.Random(5)
    for a in range(14):
        for b in range(a + 1, 14):
            # Core (0-3) with core: 0.9; core with periphery: 0.45; periphery with periphery: 0.08.
            if rng.random() < (0.9 if b < 4 else 0.45 if a < 4 else 0.08):
                planted.add_edge(a, b)
    write("coreperiphery-planted", core_periphery_reference(planted, exhaustive=True))
    write("coreperiphery-karate", core_periphery_reference(nx.karate_club_graph(), exhaustive=False))
    weighted = nx.gnm_random_graph(40, 120, seed=23)
    rng = random.Random(23)
    for a, b in weighted.edges():
        weighted[a][b]["weight"] = round(rng.uniform(0.5, 3), 3)
    write("equivalence-weighted", equivalence_reference(weighted, weighted=True))
    write("equivalence-unweighted", equivalence_reference(nx.gnm_random_graph(30, 70, seed=29), weighted=False))


if __name__ == "__main__":
    main()
