import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files of writes under way, kept where a signal handler can reach them without
/// allocating, freeing or locking: a fixed table of path buffers made once, before any handler
/// is installed. Writers fill and clear slots under a lock (with the three signals blocked on
/// their thread meanwhile); the handler only reads the table and calls `unlink`, which is safe in
/// a signal handler. A slot's buffer is never freed, so a handler never reads freed memory.
enum UnfinishedFiles {
    /// Writes under way at once beyond this many are not cleaned up on interrupt (their targets
    /// are still left intact).
    static let capacity = 64
    /// The longest path recorded, with its terminating zero.
    static let pathBytes = Int(PATH_MAX)

    private struct Table: @unchecked Sendable {
        let paths: UnsafeMutablePointer<CChar>
        let used: UnsafeMutablePointer<Int32>
    }

    private static let table: Table = {
        let paths = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * pathBytes)
        paths.initialize(repeating: 0, count: capacity * pathBytes)
        let used = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        used.initialize(repeating: 0, count: capacity)
        return Table(paths: paths, used: used)
    }()
    private static let lock = NSLock()

    /// Makes the table; called before the handlers are installed, so a handler never does.
    static func prepare() { _ = table }

    /// Records `path`; its slot, or nil when the table is full or the path too long.
    static func add(_ path: String) -> Int? {
        let utf8 = Array(path.utf8)
        guard utf8.count < pathBytes else { return nil }
        return withSignalsBlocked {
            lock.lock()
            defer { lock.unlock() }
            guard let free = (0..<capacity).first(where: { table.used[$0] == 0 }) else { return nil }
            let buffer = table.paths + free * pathBytes
            for (i, byte) in utf8.enumerated() { buffer[i] = CChar(bitPattern: byte) }
            buffer[utf8.count] = 0
            table.used[free] = 1
            return free
        }
    }

    static func remove(_ slot: Int?) {
        guard let slot else { return }
        withSignalsBlocked {
            lock.lock()
            defer { lock.unlock() }
            table.used[slot] = 0
        }
    }

    /// Removes every recorded file; called from a signal handler.
    static func removeAllNow() {
        for slot in 0..<capacity where table.used[slot] != 0 {
            unlink(table.paths + slot * pathBytes)
        }
    }

    /// Runs `body` with SIGINT, SIGTERM and SIGHUP held back on this thread, so that a handler
    /// never interrupts a change to the table on the thread making it.
    private static func withSignalsBlocked<T>(_ body: () -> T) -> T {
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&blocked, signalNumber) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return body()
    }
}
