/// What share of the schools in one kind of structure are also in another: cell (row, column)
/// is the share of schools in any `row` structure that are also in any `column` structure; on
/// the diagonal, the share in two or more structures of that kind.
public struct KindOverlapMatrix: Sendable {
    /// The kinds present, in declaration order.
    public let kinds: [StructureKind]
    /// Schools in any structure of each kind.
    public let schools: [StructureKind: Int]
    /// `share[row][column]`.
    public let share: [StructureKind: [StructureKind: Double]]

    /// - Complexity: O(memberships + schools × kinds²).
    public init(_ landscape: Landscape) {
        var kindsOfSchool: [URN: [StructureKind: Set<String>]] = [:]
        for membership in landscape.memberships {
            guard let kind = landscape.structure(membership.structureID)?.kind else { continue }
            kindsOfSchool[membership.urn, default: [:]][kind, default: []].insert(membership.structureID)
        }
        let present = StructureKind.allCases.filter { kind in kindsOfSchool.values.contains { $0[kind] != nil } }
        var count: [StructureKind: Int] = [:]
        var both: [StructureKind: [StructureKind: Int]] = [:]
        for (_, byKind) in kindsOfSchool {
            for (row, ids) in byKind {
                count[row, default: 0] += 1
                for column in present where column == row ? ids.count >= 2 : byKind[column] != nil {
                    both[row, default: [:]][column, default: 0] += 1
                }
            }
        }
        kinds = present
        schools = count
        share = Dictionary(
            uniqueKeysWithValues: present.map { row in
                (
                    row,
                    Dictionary(
                        uniqueKeysWithValues: present.map { column in
                            (column, Double(both[row]?[column] ?? 0) / Double(count[row]!))
                        })
                )
            })
    }
}
