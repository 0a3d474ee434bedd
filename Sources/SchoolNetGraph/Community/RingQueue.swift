/// A first-in first-out queue of the nodes 0..<n, each in it at most once, in a ring buffer:
/// the queue of Louvain's and Leiden's local moving. Its storage is allocated once and read
/// without bounds or uniqueness checks, since local moving pushes up to a whole row per move;
/// it cannot be copied, so the storage has one owner.
struct RingQueue: ~Copyable {
    private let slots: UnsafeMutablePointer<Int32>
    private let queued: UnsafeMutablePointer<Bool>
    private let capacity: Int
    private var head = 0
    private var count = 0

    /// The queue of the nodes 0..<nodeCount (every node when nil) holding `order` (distinct
    /// nodes), first to last.
    init(_ order: [Int], nodeCount: Int? = nil) {
        capacity = max(1, nodeCount ?? order.count)
        slots = .allocate(capacity: capacity)
        queued = .allocate(capacity: capacity)
        queued.initialize(repeating: false, count: capacity)
        for (k, v) in order.enumerated() {
            slots[k] = Int32(truncatingIfNeeded: v)
            queued[v] = true
        }
        count = order.count
    }

    deinit {
        slots.deallocate()
        queued.deallocate()
    }

    /// Adds `v` (below the node count) at the end unless it is queued already.
    @inline(__always)
    mutating func push(_ v: Int) {
        guard !queued[v] else { return }
        queued[v] = true
        var tail = head &+ count
        if tail >= capacity { tail &-= capacity }
        slots[tail] = Int32(truncatingIfNeeded: v)
        count &+= 1
    }

    /// Takes the first node, or nil when empty.
    @inline(__always)
    mutating func pop() -> Int? {
        guard count > 0 else { return nil }
        let v = Int(slots[head])
        head = head &+ 1 == capacity ? 0 : head &+ 1
        count &-= 1
        queued[v] = false
        return v
    }
}
