/// The part of a landscape a diagram or report is about.
public enum LandscapeScope: Sendable, Equatable {
    /// Everything.
    case whole
    /// The schools of one local authority (matched case-insensitively).
    case localAuthority(String)
    /// The schools of one region (matched case-insensitively).
    case region(String)
    /// The members of one structure, named by its id or, failing that, its name.
    case structure(id: String)
    /// One school and every school within `radius` steps of it in the school network over
    /// `layers` (co-membership of a structure is one step, a link is one step, either way):
    /// NetworkX's `ego_graph(G, n, radius)`, igraph's `make_ego_graph(order = radius)`.
    case neighbourhood(of: URN, radius: Int, layers: Set<Layer> = Set(Layer.all))
}

/// Why a scope could not be applied.
public enum LandscapeScopeError: Error, Equatable, CustomStringConvertible {
    /// The scope's description, and the names the user may have meant.
    case noSchools(String, suggestions: [String] = [])
    case unknownStructure(String, suggestions: [String] = [])
    /// A name shared by several structures: their ids.
    case ambiguousStructure(String, ids: [String])
    case unknownSchool(URN)

    public var description: String {
        switch self {
        case .noSchools(let scope, let suggestions): "no school is in \(scope)" + NameSuggestions.phrase(suggestions)
        case .unknownStructure(let id, let suggestions):
            "no structure has the id or name '\(id)'" + NameSuggestions.phrase(suggestions)
        case .ambiguousStructure(let name, let ids):
            "several structures are called '\(name)'; give one of their ids: \(ids.joined(separator: ", "))"
        case .unknownSchool(let urn): "no school has the URN \(urn)"
        }
    }
}

extension Landscape {
    /// The landscape cut down to `scope`: the schools in scope, every structure with at least one
    /// of them as a member (the structure chosen by `.structure` is kept even when empty; each
    /// trust with its whole size as its `academies` column), the memberships of those schools,
    /// and the links between two of them. A trust that spans
    /// several authorities therefore appears in each authority's scope with the members there.
    ///
    /// - Complexity: O(schools + memberships + links); a neighbourhood adds a breadth-first
    ///   search over memberships and links, O(memberships + links) per step reached.
    /// - Throws: ``LandscapeScopeError`` when the scope names nothing that exists or holds no school.
    public func restricted(to scope: LandscapeScope) throws -> Landscape {
        let kept: Set<URN>
        var keptStructure: String? = nil
        switch scope {
        case .whole:
            return self
        case .localAuthority(let name):
            kept = Set(schools.filter { $0.localAuthority?.lowercased() == name.lowercased() }.map(\.urn))
            if kept.isEmpty {
                let suggestions = NameSuggestions.closest(to: name, among: schools.compactMap(\.localAuthority))
                throw LandscapeScopeError.noSchools("the local authority '\(name)'", suggestions: suggestions)
            }
        case .region(let name):
            kept = Set(schools.filter { $0.region?.lowercased() == name.lowercased() }.map(\.urn))
            if kept.isEmpty {
                let suggestions = NameSuggestions.closest(to: name, among: schools.compactMap(\.region))
                throw LandscapeScopeError.noSchools("the region '\(name)'", suggestions: suggestions)
            }
        case .structure(let text):
            let id = try structureID(named: text)
            kept = Set(members(of: id))
            keptStructure = id
        case .neighbourhood(let urn, let radius, let layers):
            guard school(urn) != nil else { throw LandscapeScopeError.unknownSchool(urn) }
            kept = neighbourhood(of: urn, radius: radius, layers: layers)
        }
        let memberships = memberships.filter { kept.contains($0.urn) }
        let structureIDs = Set(memberships.map(\.structureID)).union(keptStructure.map { [$0] } ?? [])
        // Trusts keep their whole size, whatever part of them is in scope.
        return Landscape(
            schools: schools.filter { kept.contains($0.urn) },
            structures: withTrustSizes().structures.filter { structureIDs.contains($0.id) },
            memberships: memberships,
            links: links.filter { kept.contains($0.source) && kept.contains($0.target) })
    }

    /// The id of the structure with this id or, failing that, this name (case-insensitive).
    ///
    /// - Throws: ``LandscapeScopeError`` when none has it, or when several share the name.
    public func structureID(named text: String) throws -> String {
        if structure(text) != nil { return text }
        let named = structures.filter { $0.name?.lowercased() == text.lowercased() }.map(\.id)
        if named.count == 1 { return named[0] }
        if named.count > 1 { throw LandscapeScopeError.ambiguousStructure(text, ids: named.sorted()) }
        let suggestions = NameSuggestions.closest(to: text, among: structures.map(\.id) + structures.compactMap(\.name))
        throw LandscapeScopeError.unknownStructure(text, suggestions: suggestions)
    }

    /// The schools within `radius` steps of `origin`, the origin included.
    private func neighbourhood(of origin: URN, radius: Int, layers: Set<Layer>) -> Set<URN> {
        var neighbours: [URN: Set<URN>] = [:]
        for structure in structures where layers.contains(.structure(structure.kind)) {
            let members = members(of: structure.id)
            for member in members { neighbours[member, default: []].formUnion(members) }
        }
        for link in links where layers.contains(.link(link.kind)) {
            neighbours[link.source, default: []].insert(link.target)
            neighbours[link.target, default: []].insert(link.source)
        }
        var reached: Set<URN> = [origin]
        var frontier: Set<URN> = [origin]
        for _ in 0..<max(radius, 0) {
            var next: Set<URN> = []
            for urn in frontier { next.formUnion(neighbours[urn, default: []]) }
            next.subtract(reached)
            if next.isEmpty { break }
            reached.formUnion(next)
            frontier = next
        }
        return reached.filter { school($0) != nil }
    }
}
