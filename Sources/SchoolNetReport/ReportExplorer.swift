import SchoolNetIO
import SchoolNetModel
import SchoolNetRender

/// What the page's explorer knows about each school and structure, embedded in the page as
/// JSON (inert data, never run): the cards a click or a search shows, and the names the search
/// box offers. Every figure on a card is taken from a result the page's sections print and
/// written by the same formatter (``ResultHTML/text(_:)``), so a card never disagrees with a
/// table.
///
/// Schools and structures are listed in the order the diagrams number their nodes
/// (`DiagramNumbering`), so `sn-s3` in a diagram is the third school here.
enum ReportExplorer {
    /// The measures a school's card shows, as the metrics table names them.
    static let measures = ["degree", "betweenness", "pagerank", "constraint"]

    /// - Parameter reproduce: how the page words a step; each card then says how to draw its
    ///   school's neighbourhood or its structure on its own.
    static func data(
        landscape: Landscape, metrics: AnalysisResult, place: AnalysisResult,
        reproduce: (@Sendable (ReportStep) -> String)? = nil
    ) -> JSONValue {
        func drawing(_ scope: LandscapeScope, _ file: String) -> JSONValue {
            reproduce.map { .string($0(.diagram(DiagramRequest(scope: scope, fileName: file)))) } ?? .null
        }
        let schools = DiagramNumbering.schools(landscape)
        let structures = DiagramNumbering.structures(landscape)
        let schoolNumber = Dictionary(
            uniqueKeysWithValues: schools.enumerated().map { ($0.element.urn, $0.offset + 1) })
        let structureNumber = Dictionary(
            uniqueKeysWithValues: structures.enumerated().map { ($0.element.id, $0.offset + 1) })

        var measured: [String: [(String, String)]] = [:]
        if let table = metrics.table("schools"), let u = table.position(of: "urn") {
            let positions = measures.compactMap { name in table.position(of: name).map { (name, $0) } }
            for row in table.rows {
                guard let urn = row[u].identifier else { continue }
                measured[urn] = positions.map { (table.columns[$0.1].label, ResultHTML.text(row[$0.1])) }
            }
        }
        var coldSpot: [String: String] = [:]
        if let table = place.table("cold-spots"), let u = table.position(of: "urn"),
            let r = table.position(of: "reason")
        {
            for row in table.rows { if let urn = row[u].identifier { coldSpot[urn] = ResultHTML.text(row[r]) } }
        }
        var unjudgedAreas = Set<String>()
        if let table = place.table("areas"), let c = table.position(of: "cold_spots") {
            for row in table.rows where row[c] == .insufficientData { unjudgedAreas.insert(ResultHTML.text(row[0])) }
        }
        let level = place.figures(nil)?.value("by").map(ResultHTML.text).flatMap(PlaceLevel.init(rawValue:)) ?? .la

        let schoolItems: [JSONValue] = schools.enumerated().map { n, school in
            var facts: [JSONValue] = [.array([.string("URN"), .string(school.urn.rawValue)])]
            func fact(_ name: String, _ value: String?) {
                if let value, !value.isEmpty { facts.append(.array([.string(name), .string(value)])) }
            }
            fact("Phase", school.phase?.rawValue)
            fact("Governance", school.governance?.rawValue)
            fact("Local authority", school.localAuthority)
            fact("Ofsted", school.ofsted?.rawValue ?? "unknown")
            fact("Free school meals", school.disadvantage.map { ResultHTML.text(.number($0)) })
            for (label, value) in measured[school.urn.rawValue] ?? [] { fact(label, value) }
            let status: String
            if unjudgedAreas.contains(level.name(of: school)) {
                status = "Not judged: too few Ofsted grades or free-school-meal shares in its area."
            } else if let reason = coldSpot[school.urn.rawValue] {
                status = "Cold spot (\(reason)): no support from a high performer reaches it."
            } else {
                status = "Not a cold spot."
            }
            let memberships = landscape.memberships(ofSchool: school.urn).compactMap { membership -> JSONValue? in
                guard let structure = landscape.structure(membership.structureID),
                    let number = structureNumber[structure.id]
                else { return nil }
                return .array([
                    .string("g\(number)"),
                    .string(
                        "\(structure.displayName) (\(structure.kind.displayName)"
                            + (membership.role == .lead ? ", lead)" : ")")),
                ])
            }
            var links: [JSONValue] = []
            for link in landscape.links where link.source == school.urn || link.target == school.urn {
                let outgoing = link.source == school.urn
                let other = outgoing ? link.target : link.source
                let name = landscape.school(other)?.name ?? other.rawValue
                let arrow = link.kind.isDirected ? (outgoing ? "to" : "from") : "with"
                links.append(.string("\(link.kind.displayName) \(arrow) \(name) (URN \(other.rawValue))"))
            }
            return .object([
                "id": .string("s\(n + 1)"), "name": .string(school.name), "urn": .string(school.urn.rawValue),
                "facts": .array(facts), "status": .string(status), "structures": .array(memberships),
                "links": .array(links),
                "draw": drawing(.neighbourhood(of: school.urn, radius: 1), "around-\(school.urn.rawValue).svg"),
            ])
        }
        let structureItems: [JSONValue] = structures.enumerated().map { n, structure in
            let members = landscape.members(of: structure.id)
            return .object([
                "id": .string("g\(n + 1)"), "name": .string(structure.displayName),
                "kind": .string(structure.kind.displayName),
                "draw": drawing(.structure(id: structure.id), "structure.svg"),
                "facts": .array([
                    .array([.string("Id"), .string(structure.id)]),
                    .array([.string("Kind"), .string(structure.kind.displayName)]),
                    .array([.string("Members"), .string(String(members.count))]),
                ]),
                "members": .array(
                    members.map { urn in
                        .array([
                            .string(schoolNumber[urn].map { "s\($0)" } ?? ""),
                            .string(landscape.school(urn).map { "\($0.name) (URN \(urn.rawValue))" } ?? urn.rawValue),
                        ])
                    }),
            ])
        }
        let layers: [String: JSONValue] = Dictionary(
            uniqueKeysWithValues: Layer.all.map { layer in
                let name =
                    switch layer {
                    case .structure(let kind): kind.displayName
                    case .link(let kind): kind.displayName + " links"
                    }
                return ("layer-\(layer.description)", .string(name))
            })
        return .object([
            "schools": .array(schoolItems), "structures": .array(structureItems), "layers": .object(layers),
        ])
    }

    /// The data as the text of a `<script type="application/json">` element: `<` is written
    /// as `\u003c`, so no name can close the element or open another.
    static func embedded(_ data: JSONValue) -> String {
        data.text.replacingOccurrences(of: "<", with: "\\u003c")
    }
}
