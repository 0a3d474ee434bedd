import Dispatch

/// Work spread over the cores in a fixed number of chunks, so that results are the same on any
/// machine: each chunk is a contiguous range of items processed in order, and partial sums are
/// added in chunk order.
enum Parallel {
    /// The number of chunks (not the number of threads: Dispatch runs them on the cores it has).
    static let chunks = 8

    /// How many chunks a sum of vectors of `width` values is split into: up to 32, so that
    /// chunks of uneven cost even out over the cores (the runtime hands the next chunk to
    /// whichever core is free), but no more than keep the partial vectors within 32 MB; never
    /// fewer than ``chunks``. It depends on the width only, so the result does not depend on the
    /// machine.
    static func chunks(width: Int) -> Int {
        max(chunks, min(32, 4_000_000 / max(1, width)))
    }

    /// Splits `0 ..< count` into `chunks` ranges, runs `body` on each with its own vector of
    /// `width` zeros, and returns the vectors' sum, added in chunk order.
    static func sum(
        over count: Int, width: Int, chunks: Int = Parallel.chunks,
        _ body: @Sendable (Range<Int>, inout [Double]) -> Void
    ) -> [Double] {
        let ranges = split(count, into: chunks)
        let partials = UnsafeMutableBufferPointer<[Double]>.allocate(capacity: ranges.count)
        partials.initialize(repeating: [])
        defer { partials.deinitialize().deallocate() }
        let shared = Shared(partials)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
            var local = [Double](repeating: 0, count: width)
            body(ranges[chunk], &local)
            shared.buffer[chunk] = local
        }
        var total = [Double](repeating: 0, count: width)
        for partial in partials {
            for i in 0..<width { total[i] += partial[i] }
        }
        return total
    }

    /// Computes one value per item in parallel (each item's value depends on that item only),
    /// with a workspace made once per chunk and reused for its items. One chunk runs on the
    /// calling thread.
    static func mapWithWorkspace<W, Value>(
        _ count: Int, _ makeWorkspace: @Sendable () -> W, _ body: @Sendable (Int, inout W) -> Value
    ) -> [Value] {
        let ranges = split(count)
        guard ranges.count > 1 else {
            var workspace = makeWorkspace()
            return (0..<count).map { body($0, &workspace) }
        }
        let out = UnsafeMutableBufferPointer<Value?>.allocate(capacity: count)
        out.initialize(repeating: nil)
        defer { out.deinitialize().deallocate() }
        let shared = Shared(out)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
            var workspace = makeWorkspace()
            for i in ranges[chunk] { shared.buffer[i] = body(i, &workspace) }
        }
        return out.map { $0! }
    }

    static func split(_ count: Int, into chunks: Int = Parallel.chunks) -> [Range<Int>] {
        let pieces = max(1, min(chunks, count))
        return (0..<pieces).map { k in (count * k / pieces)..<(count * (k + 1) / pieces) }
    }

    /// A buffer that chunks only read.
    struct Borrowed<T>: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<T>
        init(_ buffer: UnsafeBufferPointer<T>) { self.buffer = buffer }
    }

    /// A buffer that chunks write to at disjoint positions.
    struct Shared<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T>
        init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
    }
}
