import SchoolNetModel

/// The order in which diagrams number their nodes, in one place: schools by URN (`s1`, `s2`,
/// …) and structures by kind, then id (`g1`, `g2`, …), over the whole landscape whatever is
/// drawn, so that a number names the same school or structure in every diagram of a landscape
/// and in anything that refers to them (a page's explorer).
public enum DiagramNumbering {
    /// The landscape's schools in numbering order: the first is `s1`.
    public static func schools(_ landscape: Landscape) -> [School] {
        landscape.schools.sorted { $0.urn < $1.urn }
    }

    /// The landscape's structures in numbering order: the first is `g1`.
    public static func structures(_ landscape: Landscape) -> [Structure] {
        landscape.structures.sorted { ($0.kind, $0.id) < ($1.kind, $1.id) }
    }
}
