#!/usr/bin/env python3
"""Reads the committed exports of the export fixture back with NetworkX and igraph and writes
what each library saw, for `ExportTests` to compare with the landscape:

    python3 Tests/SchoolNetIOTests/Reference/read_back_exports.py

Inputs: Tests/SchoolNetIOTests/Fixtures/exports/{schools.graphml, affiliation.graphml,
schools.gexf, schools.net, schools.dl, schools-dynamic.gexf, affiliation-dynamic.gexf} (written
by `schoolnet export`; the Swift test checks that the
exporter still writes exactly these bytes). Output: Reference/Data/exports-readback.json with,
per file and library, the nodes (id, label and every attribute, as the library typed it) and the
edges (source, target and attributes). Versions are recorded; igraph has no GEXF reader, NetworkX no DL reader.
"""
import json
import os

import igraph
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
EXPORTS = os.path.join(HERE, "..", "Fixtures", "exports")


def plain(value):
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, (bool,)):
        return value
    if isinstance(value, int):
        return float(value)
    return value


def from_networkx(graph, label_key):
    nodes = []
    for node, data in graph.nodes(data=True):
        attributes = {k: plain(v) for k, v in data.items() if k not in (label_key, "id")}
        nodes.append({"id": str(node), "label": data.get(label_key), "attributes": attributes})
    edges = []
    for a, b, data in graph.edges(data=True):
        a, b = str(a), str(b)
        if not graph.is_directed():
            a, b = sorted([a, b])
        edges.append({"source": a, "target": b,
                      "attributes": {k: plain(v) for k, v in data.items() if k not in ("id", "label")}})
    return {"directed": graph.is_directed(), "nodes": sorted(nodes, key=lambda n: n["id"]),
            "edges": sorted(edges, key=lambda e: (e["source"], e["target"]))}


def from_igraph(graph, id_key, label_key):
    nodes = []
    for v in graph.vs:
        data = v.attributes()
        attributes = {k: plain(x) for k, x in data.items() if k not in (id_key, label_key) and plain(x) is not None and x != ""}
        nodes.append({"id": str(data[id_key]), "label": data.get(label_key), "attributes": attributes})
    edges = []
    for e in graph.es:
        a, b = str(graph.vs[e.source][id_key]), str(graph.vs[e.target][id_key])
        if not graph.is_directed():
            a, b = sorted([a, b])
        attributes = {k: plain(x) for k, x in e.attributes().items() if plain(x) is not None and x != ""}
        edges.append({"source": a, "target": b, "attributes": attributes})
    return {"directed": graph.is_directed(), "nodes": sorted(nodes, key=lambda n: n["id"]),
            "edges": sorted(edges, key=lambda e: (e["source"], e["target"]))}


def main():
    out = {"networkx": nx.__version__, "igraph": igraph.__version__, "files": {}}
    for name in ["schools.graphml", "affiliation.graphml"]:
        path = os.path.join(EXPORTS, name)
        out["files"][name] = {
            "networkx": from_networkx(nx.read_graphml(path), "label"),
            "igraph": from_igraph(igraph.Graph.Read_GraphML(path), "id", "label"),
        }
    out["files"]["schools.gexf"] = {"networkx": from_networkx(nx.read_gexf(os.path.join(EXPORTS, "schools.gexf")), "label")}
    # Pajek: vertices as (number, label), edges as (number, number, weight).
    pajek = os.path.join(EXPORTS, "schools.net")
    g = nx.read_pajek(pajek)
    number = {node: int(data["id"]) for node, data in g.nodes(data=True)}
    out["files"]["schools.net"] = {
        "networkx": {"vertices": sorted([number[n], n] for n in g.nodes),
                     "edges": sorted(sorted([number[a], number[b]]) + [float(d.get("weight", 1))] for a, b, d in g.edges(data=True))},
    }
    h = igraph.Graph.Read_Pajek(pajek)
    out["files"]["schools.net"]["igraph"] = {
        "vertices": [[v.index + 1, v["name"]] for v in h.vs],
        "edges": sorted(sorted([e.source + 1, e.target + 1]) + [float(e["weight"])] for e in h.es),
    }
    # UCINET DL, read by igraph as undirected: vertices (number, name), edges with weights.
    d = igraph.Graph.Read_DL(os.path.join(EXPORTS, "schools.dl"), directed=False)
    out["files"]["schools.dl"] = {"igraph": {
        "vertices": [[v.index + 1, v["name"]] for v in d.vs],
        "edges": sorted(sorted([e.source + 1, e.target + 1]) + [float(e["weight"])] for e in d.es),
    }}
    # Matrices: the adjacency of schools.graphml and the biadjacency of affiliation.graphml (schools
    # as rows, structures as columns), in the exporters' node order.
    schools = nx.read_graphml(os.path.join(EXPORTS, "schools.graphml"))
    order = list(schools.nodes())
    out["files"]["schools-matrix.csv"] = {"networkx": {
        "rows": order, "columns": order,
        "adjacency": nx.to_numpy_array(schools, nodelist=order, weight="weight").tolist()}}
    two_mode = nx.read_graphml(os.path.join(EXPORTS, "affiliation.graphml"))
    rows = [v for v, d in two_mode.nodes(data=True) if d["bipartite"] == 0]
    columns = [v for v, d in two_mode.nodes(data=True) if d["bipartite"] == 1]
    out["files"]["affiliation-matrix.csv"] = {"networkx": {
        "rows": rows, "columns": columns,
        "biadjacency": nx.bipartite.biadjacency_matrix(two_mode, rows, columns).toarray().tolist()}}
    # Dynamic GEXF: the spells NetworkX reads on each node and edge ("None" is its open end).
    for name in ["schools-dynamic.gexf", "affiliation-dynamic.gexf"]:
        graph = nx.read_gexf(os.path.join(EXPORTS, name))
        def periods(data):
            return [[None if s in (None, "None") else s, None if e in (None, "None") else e] for s, e in data["spells"]]
        spells = {str(v): periods(data) for v, data in graph.nodes(data=True) if "spells" in data}
        for a, b, data in graph.edges(data=True):
            if "spells" in data:
                spells[" ".join(sorted([str(a), str(b)]))] = periods(data)
        out["files"][name] = {"networkx": {"mode": graph.graph.get("mode"), "spells": spells}}
    os.makedirs(os.path.join(HERE, "Data"), exist_ok=True)
    with open(os.path.join(HERE, "Data", "exports-readback.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
