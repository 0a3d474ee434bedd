/// A first-in first-out queue of the nodes 0..<n, each in it at most once, in a ring buffer:
/// the queue of Louvain's and Leiden's local moving.
struct RingQueue {
    private var slots: [Int32]
    private var queued: [Bool]
    private var head = 0
    private var count = 0

    /// The queue holding `order` (distinct nodes of 0..<order.count), first to last.
    init(_ order: [Int]) {
        slots = [Int32](repeating: 0, count: max(1, order.count))
        queued = [Bool](repeating: false, count: order.count)
        for v in order { push(v) }
    }

    /// Adds `v` at the end unless it is queued already.
    mutating func push(_ v: Int) {
        guard !queued[v] else { return }
        queued[v] = true
        var tail = head + count
        if tail >= slots.count { tail -= slots.count }
        slots[tail] = Int32(v)
        count += 1
    }

    /// Takes the first node, or nil when empty.
    mutating func pop() -> Int? {
        guard count > 0 else { return nil }
        let v = Int(slots[head])
        head = head + 1 == slots.count ? 0 : head + 1
        count -= 1
        queued[v] = false
        return v
    }
}
