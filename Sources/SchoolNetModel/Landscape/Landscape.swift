/// A local partnership landscape: schools, the structures they belong to, their memberships and
/// the pairwise links between them.
///
/// A value type with lookup tables built once: finding a school by URN or a structure by id is
/// a dictionary look-up, never a scan. Rows keep the order they were given in; listings sort.
public struct Landscape: Sendable {
    public let schools: [School]
    public let structures: [Structure]
    public let memberships: [Membership]
    public let links: [Link]

    private let schoolIndex: [URN: Int]
    private let structureIndex: [String: Int]
    /// Membership positions per structure and per school.
    private let membershipsByStructure: [String: [Int]]
    private let membershipsBySchool: [URN: [Int]]

    /// A landscape from its rows. Later duplicates of a URN or structure id are not reachable by
    /// look-up (the bundle reader reports and removes them before this point).
    public init(
        schools: [School], structures: [Structure] = [], memberships: [Membership] = [],
        links: [Link] = []
    ) {
        self.schools = schools
        self.structures = structures
        self.memberships = memberships
        self.links = links
        var schoolIndex: [URN: Int] = [:]
        for (i, school) in schools.enumerated() where schoolIndex[school.urn] == nil {
            schoolIndex[school.urn] = i
        }
        var structureIndex: [String: Int] = [:]
        for (i, structure) in structures.enumerated() where structureIndex[structure.id] == nil {
            structureIndex[structure.id] = i
        }
        var byStructure: [String: [Int]] = [:]
        var bySchool: [URN: [Int]] = [:]
        for (i, membership) in memberships.enumerated() {
            byStructure[membership.structureID, default: []].append(i)
            bySchool[membership.urn, default: []].append(i)
        }
        self.schoolIndex = schoolIndex
        self.structureIndex = structureIndex
        self.membershipsByStructure = byStructure
        self.membershipsBySchool = bySchool
    }

    /// The school with this URN. O(1).
    public func school(_ urn: URN) -> School? { schoolIndex[urn].map { schools[$0] } }

    /// The position of the school in `schools`. O(1).
    public func index(of urn: URN) -> Int? { schoolIndex[urn] }

    /// The structure with this id. O(1).
    public func structure(_ id: String) -> Structure? {
        structureIndex[id].map { structures[$0] }
    }

    /// The memberships of a structure, in file order. O(members).
    public func memberships(of structureID: String) -> [Membership] {
        (membershipsByStructure[structureID] ?? []).map { memberships[$0] }
    }

    /// The memberships of a school, in file order. O(structures of the school).
    public func memberships(ofSchool urn: URN) -> [Membership] {
        (membershipsBySchool[urn] ?? []).map { memberships[$0] }
    }

    /// The distinct member schools of a structure, sorted by URN (every role counts).
    public func members(of structureID: String) -> [URN] {
        Array(Set(memberships(of: structureID).map(\.urn))).sorted()
    }
}
