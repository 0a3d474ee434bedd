import SchoolNetGraph

/// Families of schools (as the London and City Challenge grouped them): for each school, the K
/// schools most like it in context (``ContextFeatures``), nearest first, and optionally a
/// partition of each stratum into families of similar schools.
public struct SchoolFamilies: Sendable {
    public struct Neighbour: Sendable, Equatable {
        public let school: Int
        public let distance: Double
        /// Each numeric feature's share of the squared distance, `w_f (z_a,f − z_b,f)²`.
        public let terms: [Double]
    }

    public let features: ContextFeatures
    public let size: Int
    /// Per school (landscape order): its nearest comparable schools, nearest first (ties by URN);
    /// empty for a school that cannot be compared.
    public let neighbours: [[Neighbour]]
    /// With a partition asked for: each comparable school's family, named by its stratum and a
    /// number (`primary 2`); nil for a school that cannot be compared.
    public let family: [String?]?

    /// - Parameters:
    ///   - landscape: the schools to compare, in the order `features` was built from.
    ///   - features: their standardised context.
    ///   - size: K, the neighbours listed per school.
    ///   - partition: the families each stratum is cut into by average-linkage clustering of the
    ///     distances (fewer when the stratum has fewer schools); nil for none.
    /// - Complexity: O(n² f) for n schools and f features (every pair in a stratum), plus O(s²)
    ///   per stratum of s schools for the partition.
    public init(_ landscape: Landscape, features: ContextFeatures, size: Int, partition: Int? = nil) {
        self.features = features
        self.size = size
        let schools = landscape.schools
        let n = schools.count
        var neighbours = [[Neighbour]](repeating: [], count: n)
        // Each school's place in URN order, so that ties compare integers, not URNs.
        var rank = [Int](repeating: 0, count: n)
        for (position, school) in Landscape.urnOrder(schools).enumerated() { rank[school] = position }
        var candidates: [(b: Int, distance: Double)] = []
        for a in 0..<n where features.standardised[a] != nil {
            candidates.removeAll(keepingCapacity: true)
            for b in 0..<n where b != a && features.comparable(a, b) {
                candidates.append((b, features.distance(a, b)))
            }
            candidates.sort { ($0.distance, rank[$0.b]) < ($1.distance, rank[$1.b]) }
            neighbours[a] = candidates.prefix(size).map {
                Neighbour(school: $0.b, distance: $0.distance, terms: features.terms(a, $0.b))
            }
        }
        self.neighbours = neighbours
        guard let partition else {
            family = nil
            return
        }
        var family = [String?](repeating: nil, count: n)
        let strata = Set(features.stratum.compactMap { $0 }).sorted()
        for stratum in strata {
            // In URN order, so that family numbers follow the schools whatever the file order.
            let members = (0..<n).filter { features.stratum[$0] == stratum }.sorted {
                schools[$0].urn < schools[$1].urn
            }
            let s = members.count
            var distances = [Double](repeating: 0, count: s * s)
            for i in 0..<s {
                for j in (i + 1)..<s {
                    let d = features.distance(members[i], members[j])
                    distances[i * s + j] = d
                    distances[j * s + i] = d
                }
            }
            let clusters = HierarchicalClustering(distances: distances, count: s).clusters(min(partition, s))
            let prefix = stratum.isEmpty ? "family" : stratum
            for (i, school) in members.enumerated() { family[school] = "\(prefix) \(clusters.membership[i] + 1)" }
        }
        self.family = family
    }
}
