import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files of writes under way, kept where a signal handler can reach them without
/// allocating or locking: a fixed table of C strings. Writers add and remove entries under a
/// lock; the handler only reads the table and calls `unlink`, which is safe in a signal handler.
enum UnfinishedFiles {
    /// Writes under way at once beyond this many are not cleaned up on interrupt (their targets
    /// are still left intact).
    static let capacity = 256

    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    private static let lock = NSLock()

    /// Records `path`; its slot, or nil when the table is full.
    static func add(_ path: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard let free = (0..<capacity).first(where: { slots[$0] == nil }) else { return nil }
        slots[free] = strdup(path)
        return free
    }

    static func remove(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        defer { lock.unlock() }
        let path = slots[slot]
        slots[slot] = nil
        free(path)
    }

    /// Removes every recorded file; called from a signal handler.
    static func removeAllNow() {
        for slot in 0..<capacity {
            if let path = slots[slot] { unlink(path) }
        }
    }
}
