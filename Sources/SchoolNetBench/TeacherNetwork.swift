import SchoolNetGraph

/// A teacher-level network for the scale benchmark: `people` staff in schools of `staff` each,
/// schools in groups of `groupSize` (a trust or alliance). Each person is tied to `withinSchool`
/// random colleagues, `withinGroup` random staff of other schools in the group (shared training,
/// moderation, subject networks) and `anywhere` random staff nationally. Deterministic for a seed.
///
/// - Complexity: O(people · ties per person) to generate, plus the builder's sort.
enum TeacherNetwork {
    static func make(
        people: Int, staff: Int = 25, groupSize: Int = 20, withinSchool: Int = 4, withinGroup: Int = 6,
        anywhere: Int = 1, seed: UInt64 = 1
    ) -> CSRGraph {
        var random = SplitMix64(seed: seed)
        var builder = GraphBuilder(nodeCount: people)
        builder.reserveCapacity(people * (withinSchool + withinGroup + anywhere))
        let schools = (people + staff - 1) / staff
        func member(ofSchool school: Int) -> Int {
            let first = school * staff
            return first + Int(random.next() % UInt64(min(staff, people - first)))
        }
        for person in 0..<people {
            let school = person / staff
            let group = school / groupSize
            let groupFirst = group * groupSize
            let groupEnd = min(groupFirst + groupSize, schools)
            for _ in 0..<withinSchool {
                let other = member(ofSchool: school)
                if other != person { builder.addEdge(NodeID(person), NodeID(other)) }
            }
            for _ in 0..<withinGroup where groupEnd - groupFirst > 1 {
                var other = school
                while other == school { other = groupFirst + Int(random.next() % UInt64(groupEnd - groupFirst)) }
                builder.addEdge(NodeID(person), NodeID(member(ofSchool: other)))
            }
            for _ in 0..<anywhere {
                let other = Int(random.next() % UInt64(people))
                if other != person { builder.addEdge(NodeID(person), NodeID(other)) }
            }
        }
        return builder.build()
    }
}
