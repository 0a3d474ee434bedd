import SchoolNetIO
import SchoolNetModel

/// Small landscapes built in code, for tests that need a known shape.
public enum LandscapeFixtures {
    /// Five schools: a MAT of three (A leads), a cluster of B, C and D, an NLE support link
    /// A → E and a partnership D – E. School names exercise escaping.
    public static func small() -> Landscape {
        let schools = [
            School(urn: "100001", name: "Alpha Academy", phase: .secondary, governance: .academyConverter),
            School(urn: "100002", name: "St Mary's C of E Primary", phase: .primary),
            School(urn: "100003", name: "Oak & Ash \"Juniors\"", phase: .primary),
            School(urn: "100004", name: "Zoë Primary", phase: .primary),
            School(urn: "100005", name: "<script>\"&'Ünïcode</script>", phase: .special),
        ]
        let structures = [
            Structure(id: "M1", kind: .mat, name: "Alpha Trust", lead: "100001"),
            Structure(id: "C1", kind: .cluster, name: "North Cluster"),
        ]
        let memberships = [
            Membership(structureID: "M1", urn: "100001", role: .lead),
            Membership(structureID: "M1", urn: "100002"),
            Membership(structureID: "M1", urn: "100003"),
            Membership(structureID: "C1", urn: "100002"),
            Membership(structureID: "C1", urn: "100003"),
            Membership(structureID: "C1", urn: "100004"),
        ]
        let links = [
            Link(source: "100001", target: "100005", kind: .nleSupport),
            Link(source: "100004", target: "100005", kind: .partnership),
        ]
        return Landscape(schools: schools, structures: structures, memberships: memberships, links: links)
    }

    /// The bundled example, Brackenshire (150 schools with coordinates); nil if it cannot be read.
    public static func demo() -> Landscape? {
        LandscapeBundleReader().read(directory: TestPaths.example("demo-landscape")).landscape
    }
}
