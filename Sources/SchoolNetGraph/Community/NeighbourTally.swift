/// The weight from a node to each neighbouring community (or sub-community), gathered over its
/// row, and the communities met (in `touched`, in the order first met): the inner loop of
/// Louvain's and Leiden's local moving and of Leiden's refinement.
protocol NeighbourTally {
    /// Counts the tie in `slot` to `community`, appending the community to `touched` when first met.
    func add(slot: Int, community: Int, touched: UnsafeMutableBufferPointer<Int32>, count: inout Int)
    /// The weight gathered to community `c`.
    func weight(_ c: Int) -> Double
    /// The weight gathered to community `c`, reset to 0.
    func take(_ c: Int) -> Double
    /// Counts every tie of `row` to the community of its other end; returns how many entries
    /// it listed in `touched`.
    func gather(
        row: Range<Int>, targets: UnsafeBufferPointer<Int32>, community: UnsafeMutableBufferPointer<Int32>,
        touched: UnsafeMutableBufferPointer<Int32>
    ) -> Int
}

extension NeighbourTally {
    /// Counts every tie of `row` to the community of its other end; returns how many
    /// communities were met (listed first to last in `touched`).
    @inline(__always)
    func gather(
        row: Range<Int>, targets: UnsafeBufferPointer<Int32>, community: UnsafeMutableBufferPointer<Int32>,
        touched: UnsafeMutableBufferPointer<Int32>
    ) -> Int {
        var found = 0
        for slot in row {
            add(slot: slot, community: Int(community[Int(targets[slot])]), touched: touched, count: &found)
        }
        return found
    }
}

/// Ties of weight 1 (an unweighted graph's first level) counted in integers: an integer add waits less on the previous one than a
/// floating-point add, and each tie to a community already met depends on it. The community is
/// written to `touched` every time and kept only when first met, with no branch to mispredict.
struct UnitTally: NeighbourTally {
    let count: UnsafeMutableBufferPointer<Int32>

    @inline(__always)
    func add(slot: Int, community c: Int, touched: UnsafeMutableBufferPointer<Int32>, count found: inout Int) {
        let k = count[c]
        touched[found] = Int32(truncatingIfNeeded: c)
        found &+= k == 0 ? 1 : 0
        count[c] = k &+ 1
    }

    @inline(__always) func weight(_ c: Int) -> Double { Double(count[c]) }

    @inline(__always)
    func take(_ c: Int) -> Double {
        let w = Double(count[c])
        count[c] = 0
        return w
    }
}

/// Ties of weight 1 counted in two arrays, even slots in one and odd slots in the other, so
/// that ties to the same community, as most of a node's ties in a cluster are, do not each wait
/// for the last one's count to be stored: two counts grow side by side. A community is listed
/// in `touched` when first met in either array, so at most twice; taking its weight zeroes both
/// counts, so its second listing reads 0 and, its gain lower by at least 1, is never chosen.
/// The first listings stay in the order first met. `touched` needs room for twice the
/// communities a row can meet.
struct PairedUnitTally: NeighbourTally {
    let even: UnsafeMutableBufferPointer<Int32>
    let odd: UnsafeMutableBufferPointer<Int32>

    @inline(__always)
    func add(slot: Int, community c: Int, touched: UnsafeMutableBufferPointer<Int32>, count found: inout Int) {
        let counts = slot & 1 == 0 ? even : odd
        let k = counts[c]
        touched[found] = Int32(truncatingIfNeeded: c)
        found &+= k == 0 ? 1 : 0
        counts[c] = k &+ 1
    }

    @inline(__always)
    func gather(
        row: Range<Int>, targets: UnsafeBufferPointer<Int32>, community: UnsafeMutableBufferPointer<Int32>,
        touched: UnsafeMutableBufferPointer<Int32>
    ) -> Int {
        var slot = row.lowerBound
        var found = 0
        while slot + 2 <= row.upperBound {
            let a = Int(community[Int(targets[slot])])
            let b = Int(community[Int(targets[slot + 1])])
            let ka = even[a]
            touched[found] = Int32(truncatingIfNeeded: a)
            found &+= ka == 0 ? 1 : 0
            even[a] = ka &+ 1
            let kb = odd[b]
            touched[found] = Int32(truncatingIfNeeded: b)
            found &+= kb == 0 ? 1 : 0
            odd[b] = kb &+ 1
            slot += 2
        }
        if slot < row.upperBound {
            add(slot: slot, community: Int(community[Int(targets[slot])]), touched: touched, count: &found)
        }
        return found
    }

    @inline(__always) func weight(_ c: Int) -> Double { Double(even[c] &+ odd[c]) }

    @inline(__always)
    func take(_ c: Int) -> Double {
        let w = Double(even[c] &+ odd[c])
        even[c] = 0
        odd[c] = 0
        return w
    }
}

/// Weighted ties: a community is marked in `met` when first met, apart from its weight, which
/// ties of weight 0 (or of weights that cancel) leave at 0, so each community is listed once.
struct WeightTally: NeighbourTally {
    let weights: UnsafeBufferPointer<Double>
    let weightTo: UnsafeMutableBufferPointer<Double>
    let met: UnsafeMutableBufferPointer<Bool>

    @inline(__always)
    func add(slot: Int, community c: Int, touched: UnsafeMutableBufferPointer<Int32>, count: inout Int) {
        if !met[c] {
            met[c] = true
            touched[count] = Int32(c)
            count += 1
        }
        weightTo[c] += weights[slot]
    }

    @inline(__always) func weight(_ c: Int) -> Double { weightTo[c] }

    @inline(__always)
    func take(_ c: Int) -> Double {
        let w = weightTo[c]
        weightTo[c] = 0
        met[c] = false
        return w
    }
}
