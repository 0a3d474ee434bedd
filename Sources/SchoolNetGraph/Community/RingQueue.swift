/// A first-in first-out queue of the nodes 0..<n, each in it at most once, in a ring buffer:
/// the queue of Louvain's and Leiden's local moving. Its storage is allocated once and read
/// without bounds or uniqueness checks, since local moving pushes up to a whole row per move;
/// it cannot be copied, so the storage has one owner.
struct RingQueue: ~Copyable {
    /// One slot more than nodes, so that writing at the tail never overwrites a queued node.
    private let slots: UnsafeMutablePointer<Int32>
    private let queued: UnsafeMutablePointer<UInt8>
    private let ring: Int
    private var head = 0
    private var count = 0

    /// The queue of the nodes 0..<nodeCount (0..<order.count when nil) holding `order`, first to
    /// last: distinct nodes, no more than the nodes.
    init(_ order: [Int], nodeCount: Int? = nil) {
        let n = max(1, nodeCount ?? order.count)
        assert(order.count <= n && order.allSatisfy { $0 >= 0 && $0 < n }, "RingQueue: nodes out of range")
        ring = n + 1
        slots = .allocate(capacity: ring)
        queued = .allocate(capacity: n)
        queued.initialize(repeating: 0, count: n)
        for (k, v) in order.enumerated() {
            slots[k] = Int32(truncatingIfNeeded: v)
            queued[v] = 1
        }
        count = order.count
    }

    deinit {
        slots.deallocate()
        queued.deallocate()
    }

    /// Adds `v` (below the node count) at the end when `condition` holds, unless it is queued
    /// already. Without a branch: `v` is written past the end every time and counted only when
    /// added, since whether a neighbour rejoins the queue is as good as random.
    @inline(__always)
    mutating func push(_ v: Int, if condition: Bool) {
        let add = (condition ? 1 : 0) & (1 &- Int(queued[v]))
        var tail = head &+ count
        tail = tail >= ring ? tail &- ring : tail
        slots[tail] = Int32(truncatingIfNeeded: v)
        queued[v] |= UInt8(truncatingIfNeeded: add)
        count &+= add
    }

    /// Takes the first node, or nil when empty.
    @inline(__always)
    mutating func pop() -> Int? {
        guard count > 0 else { return nil }
        let v = Int(slots[head])
        head = head &+ 1 == ring ? 0 : head &+ 1
        count &-= 1
        queued[v] = 0
        return v
    }
}
