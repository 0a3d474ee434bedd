/// An assignment of every node to a community (or group), numbered from 0.
public struct Partition: Equatable, Sendable {
    /// The community of each node.
    public let membership: [Int]

    /// Renumbers the labels in order of first appearance, so equal partitions compare equal.
    public init(_ labels: [Int]) {
        // Labels below the node count (what the community methods give): without hashing.
        if labels.allSatisfy({ $0 >= 0 && $0 < labels.count }) {
            var code = [Int](repeating: -1, count: labels.count)
            var next = 0
            membership = labels.map { label in
                if code[label] < 0 {
                    code[label] = next
                    next += 1
                }
                return code[label]
            }
            return
        }
        var renumber: [Int: Int] = [:]
        membership = labels.map { label in
            if let c = renumber[label] { return c }
            renumber[label] = renumber.count
            return renumber.count - 1
        }
    }

    /// A partition from any hashable labels (a group attribute, say).
    public init<Label: Hashable>(labels: [Label]) {
        var codes: [Label: Int] = [:]
        self.init(
            labels.map { label in
                if let c = codes[label] { return c }
                codes[label] = codes.count
                return codes.count - 1
            })
    }

    public var count: Int { (membership.max() ?? -1) + 1 }

    /// The members of each community, ascending.
    public var communities: [[Int]] {
        var groups = [[Int]](repeating: [], count: count)
        for (v, c) in membership.enumerated() { groups[c].append(v) }
        return groups
    }
}
