import Foundation
import SchoolNetModel

/// The landscape as one diagram: every school a node in the shape of its phase, filled by an
/// attribute and sized by a measure when asked; every structure drawn once, as a hub its
/// members attach to (a clique of co-member ties would say the same with k(k−1)/2 edges instead
/// of k and is slow to lay out: <doc:RenderingNotes#Engines-and-their-limits>); links as styled edges, directed ones
/// with arrows; a legend of exactly the styles used.
///
/// Node ids are `s<n>` for schools in URN order and `g<n>` for structures in (kind, id) order,
/// never user text. Output is deterministic.
///
/// - Complexity: O(schools + structures + memberships + links), plus sorting.
public enum LandscapeDiagram {
    public static func make(_ landscape: Landscape, options: DiagramOptions = DiagramOptions()) -> DOTGraph {
        var graph = DOTGraph(name: "landscape")
        var legend = Legend()

        // What is drawn.
        let allSchools = DiagramNumbering.schools(landscape)
        let drawnStructures = DiagramNumbering.structures(landscape).enumerated()
            .filter { options.layers.contains(.structure($0.element.kind)) }
        let tied: Set<URN>? =
            options.hideUntied
            ? Set(drawnStructures.flatMap { landscape.members(of: $0.element.id) }).union(
                landscape.links.filter { options.layers.contains(.link($0.kind)) }.flatMap { [$0.source, $0.target] })
            : nil
        let schools = allSchools.filter {
            (!options.geographic || $0.location != nil) && (tied?.contains($0.urn) ?? true)
        }
        let unplaced = options.geographic ? allSchools.filter { $0.location == nil }.count : 0
        let untied = options.hideUntied ? allSchools.count - unplaced - schools.count : 0
        var schoolID: [URN: String] = [:]
        let drawn = Set(schools.map(\.urn))
        for (n, school) in allSchools.enumerated() where drawn.contains(school.urn) {
            schoolID[school.urn] = "s\(n + 1)"
        }
        let structures = drawnStructures.map(\.element)
        let structureIDs = drawnStructures.map { "g\($0.offset + 1)" }
        let members = structures.map { landscape.members(of: $0.id).filter { schoolID[$0] != nil } }
        let links = Set(
            landscape.links.filter { options.layers.contains(.link($0.kind)) }
                .map { LinkKey(source: $0.source, target: $0.target, kind: $0.kind) }
        )
        .filter { schoolID[$0.source] != nil && schoolID[$0.target] != nil }
        .sorted()

        // Which schools and structures carry labels.
        var ties: [URN: Int] = [:]
        for list in members { for urn in list { ties[urn, default: 0] += 1 } }
        for link in links {
            ties[link.source, default: 0] += 1
            ties[link.target, default: 0] += 1
        }
        let labelled = labelledSchools(schools, ties: ties, options: options)
        let labelledHubs: Set<Int> =
            options.labelledSchools.map { k in
                Set(structures.indices.sorted { (members[$0].count, $1) > (members[$1].count, $0) }.prefix(k))
            } ?? Set(structures.indices)
        if let k = options.labelledSchools, k < schools.count {
            legend.labelNote =
                "names shown for the \(k) schools with the highest \(options.sizing?.measure ?? "number of ties drawn")"
                + (k < structures.count ? " and the \(k) largest structures" : "") + "; hover for the others"
        }

        // Where things go, in the geographic layout.
        let projection = options.geographic ? GeographicProjection(fitting: schools.compactMap(\.location)) : nil
        var positions: [URN: (x: Double, y: Double)] = [:]
        if let projection {
            for school in schools { positions[school.urn] = projection.point(school.location!) }
        }

        graph.graphAttributes = graphAttributes(options, unplaced: unplaced, untied: untied)
        graph.nodeDefaults = [
            "fontname": .literal(DiagramStyle.fontName), "fontsize": .literal("8"),
            "style": .literal("filled"), "fillcolor": .literal(Palette.unknown), "color": .literal("#555555"),
            "margin": .literal("0.04,0.02"), "height": .literal("0.2"),
        ]
        graph.edgeDefaults = ["dir": .literal("none"), "arrowsize": .literal("0.7")]

        let leads = Set(landscape.memberships.filter { $0.role == .lead }.map(\.urn))
            .union(landscape.structures.compactMap(\.lead))
        var phasesUsed = Set<String>()
        for school in schools {
            var attributes: DOTAttributes = [
                "tooltip": .tooltip(tooltip(for: school)), "class": .literal("school sn-\(schoolID[school.urn]!)"),
            ]
            let isLabelled = labelled.contains(school.urn)
            let share = options.sizing?.share(of: school.urn) ?? 0
            if options.geographic || !isLabelled {
                let side = options.sizing == nil ? (options.geographic ? 0.14 : 0.12) : 0.1 + 0.45 * share
                attributes["label"] = .text("")
                attributes["fixedsize"] = .literal("true")
                attributes["width"] = .literal(decimal(side))
                attributes["height"] = .literal(decimal(side))
                if options.geographic && isLabelled { attributes["xlabel"] = .text(school.name) }
            } else {
                attributes["label"] = .text(school.name)
                if options.sizing != nil { attributes["fontsize"] = .literal(decimal(7 + 9 * share)) }
            }
            let shape = options.shapeByPhase ? DiagramStyle.school(school.phase) : (shape: "ellipse", name: "ellipse")
            attributes["shape"] = .literal(shape.shape)
            if options.shapeByPhase && school.phase == nil { attributes["style"] = .literal("filled,dashed") }
            if options.shapeByPhase { phasesUsed.insert(school.phase?.rawValue ?? "") }
            if let fill = options.colouring?.fills[school.urn] {
                attributes["fillcolor"] = .literal(fill)
                attributes["fontcolor"] = .literal(Palette.textColour(on: fill))
            }
            if leads.contains(school.urn) { attributes["peripheries"] = .literal("2") }
            if let point = positions[school.urn] { attributes["pos"] = .literal(pinned(point)) }
            graph.nodes.append(DOTNode(id: schoolID[school.urn]!, attributes: attributes))
        }
        legend.showsLeads = schools.contains { leads.contains($0.urn) }
        let phaseOrder: [Phase?] = Phase.allCases.map { $0 } + [nil]
        legend.shapes =
            phaseOrder
            .filter { phasesUsed.contains($0?.rawValue ?? "") }
            .map { phase in (shape: DiagramStyle.school(phase).name, meaning: phase?.rawValue ?? "phase unknown") }

        var membershipStyles: [TieStyle] = []
        var hubPlaces = Set<String>()
        for (n, structure) in structures.enumerated() {
            var place: (x: Double, y: Double)? = nil
            if options.geographic {
                let points = members[n].compactMap { positions[$0] }
                guard !points.isEmpty else { continue }
                var centre = (
                    x: points.map(\.x).reduce(0, +) / Double(points.count),
                    y: points.map(\.y).reduce(0, +) / Double(points.count)
                )
                while !hubPlaces.insert(pinned(centre)).inserted { centre.y -= 14 }
                place = centre
            }
            let hubID = structureIDs[n]
            let hub = DiagramStyle.hub(structure.kind)
            let total = landscape.members(of: structure.id).count
            var attributes: DOTAttributes = [
                "label": .text(labelledHubs.contains(n) ? structure.displayName : ""),
                "tooltip": .tooltip(
                    "\(structure.displayName) (\(structure.kind.displayName), \(total) school\(total == 1 ? "" : "s"))"),
                "shape": .literal(hub.shape), "style": .literal(hub.style),
                "fillcolor": .literal(hub.fill), "color": .literal(hub.border),
                "fontsize": .literal(options.geographic ? "8" : "10"),
                "class": .literal("structure sn-\(hubID) layer-co-\(structure.kind.rawValue)"),
            ]
            if !labelledHubs.contains(n) {
                attributes["fixedsize"] = .literal("true")
                attributes["width"] = .literal("0.18")
                attributes["height"] = .literal("0.18")
            }
            if let place { attributes["pos"] = .literal(pinned(place)) }
            graph.nodes.append(DOTNode(id: hubID, attributes: attributes))
            if !legend.groups.contains(structure.kind) { legend.groups.append(structure.kind) }
            let style = DiagramStyle.membership(structure.kind, federation: structure.federationType)
            if !members[n].isEmpty && !membershipStyles.contains(style) { membershipStyles.append(style) }
            var tie = edgeAttributes(of: style)
            tie["class"] = .literal("layer-co-\(structure.kind.rawValue)")
            for urn in members[n] {
                graph.edges.append(DOTEdge(from: schoolID[urn]!, to: hubID, attributes: tie))
            }
        }

        var linkStyles: [TieStyle] = []
        for link in links {
            let style = DiagramStyle.link(link.kind)
            if !linkStyles.contains(style) { linkStyles.append(style) }
            var tie = edgeAttributes(of: style)
            tie["class"] = .literal("layer-\(link.kind.rawValue)")
            graph.edges.append(DOTEdge(from: schoolID[link.source]!, to: schoolID[link.target]!, attributes: tie))
        }

        var proposedDrawn = false
        for pair in options.proposedTies {
            guard let from = schoolID[pair.supporter], let to = schoolID[pair.school] else { continue }
            var tie = edgeAttributes(of: DiagramStyle.proposed)
            tie["class"] = .literal("proposed")
            graph.edges.append(DOTEdge(from: from, to: to, attributes: tie))
            proposedDrawn = true
        }

        legend.groups.sort()
        legend.ties =
            membershipStyles
            + linkStyles.sorted { a, b in
                LinkKind.allCases.firstIndex { DiagramStyle.link($0) == a }!
                    < LinkKind.allCases.firstIndex { DiagramStyle.link($0) == b }!
            } + (proposedDrawn ? [DiagramStyle.proposed] : [])
        if let colouring = options.colouring {
            legend.colourHeading = "Colour: \(colouring.attribute)" + (colouring.isNumeric ? " (five equal steps)" : "")
            legend.colours =
                colouring.key
                + (schools.contains { colouring.fills[$0.urn] == nil }
                    ? [NodeColouring.KeyEntry(fill: Palette.unknown, label: "unknown")] : [])
        }
        if let sizing = options.sizing {
            legend.sizeNote =
                "Size: \(sizing.measure), from \(NodeColouring.format(sizing.smallest)) (smallest) to \(NodeColouring.format(sizing.largest)) (largest)"
        }
        if !legend.isEmpty {
            var attributes: DOTAttributes = [
                "shape": .literal("plain"), "label": .html(legend.markup), "class": .literal("legend"),
                "fontsize": .literal("9"),
                "style": .literal("solid"),
            ]
            if options.geographic {
                let right = positions.values.map(\.x).max() ?? 0
                let top = positions.values.map(\.y).max() ?? 0
                attributes["pos"] = .literal(pinned((right + 260, top / 2)))
            }
            graph.nodes.append(DOTNode(id: "legend", attributes: attributes))
        }
        return graph
    }

    private static func graphAttributes(_ options: DiagramOptions, unplaced: Int, untied: Int) -> DOTAttributes {
        var attributes: DOTAttributes = [
            "fontname": .literal(DiagramStyle.fontName), "fontsize": .literal("14"),
            "overlap": .literal(options.geographic ? "true" : (options.removeOverlaps ? "portho" : "true")),
            "splines": .literal("false"),
            "outputorder": .literal("edgesfirst"), "pad": .literal("0.3"), "sep": .literal("+6"), "pack": .literal("8"),
            "labelloc": .literal("t"), "bgcolor": .literal("white"),
        ]
        if options.geographic { attributes["notranslate"] = .literal("false") }
        var caption = [options.title, options.source].compactMap { $0 }
        if options.geographic {
            caption.append(
                "Schools at their coordinates (north up); each structure at the centre of its members"
                    + (unplaced > 0
                        ? "; \(unplaced) school\(unplaced == 1 ? "" : "s") without coordinates not drawn" : ""))
        }
        if untied > 0 {
            caption.append("\(untied) school\(untied == 1 ? "" : "s") with no tie drawn not shown")
        }
        if !caption.isEmpty { attributes["label"] = .text(caption.joined(separator: "\n")) }
        return attributes
    }

    /// The schools that carry labels: all, or the top k by the sizing measure (else ties drawn).
    private static func labelledSchools(_ schools: [School], ties: [URN: Int], options: DiagramOptions) -> Set<URN> {
        guard let k = options.labelledSchools, k < schools.count else { return Set(schools.map(\.urn)) }
        func score(_ urn: URN) -> Double { options.sizing?.values[urn] ?? Double(ties[urn] ?? 0) }
        return Set(schools.map(\.urn).sorted { (score($0), $1) > (score($1), $0) }.prefix(k))
    }

    private static func edgeAttributes(of style: TieStyle) -> DOTAttributes {
        var attributes: DOTAttributes = [
            "color": .literal(style.colour), "style": .literal(style.pattern),
            "penwidth": .literal(String(style.penWidth)),
        ]
        if let arrowhead = style.arrowhead {
            attributes["dir"] = .literal("forward")
            attributes["arrowhead"] = .literal(arrowhead)
        }
        return attributes
    }

    private static func pinned(_ point: (x: Double, y: Double)) -> String {
        "\(decimal(point.x)),\(decimal(point.y))!"
    }

    /// Two decimals, fixed: positions and sizes print the same on every platform.
    private static func decimal(_ value: Double) -> String { String(format: "%.2f", value) }

    private static func tooltip(for school: School) -> String {
        var parts = ["URN \(school.urn)"]
        if let phase = school.phase { parts.append(phase.rawValue) }
        if let governance = school.governance { parts.append(governance.rawValue) }
        if let la = school.localAuthority { parts.append(la) }
        if let ofsted = school.ofsted { parts.append("Ofsted: \(ofsted.rawValue)") }
        return school.name + "\n" + parts.joined(separator: " · ")
    }

    private struct LinkKey: Hashable, Comparable {
        var source: URN
        var target: URN
        var kind: LinkKind

        static func < (a: LinkKey, b: LinkKey) -> Bool {
            (a.source, a.target, a.kind) < (b.source, b.target, b.kind)
        }
    }
}
