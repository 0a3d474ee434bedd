import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
/// same folder, are flushed to the disk, and the file is then renamed over the target in one
/// step. On any failure (a full disk, a folder that refuses) the temporary file is removed and
/// the target is left as it was; after ``removeUnfinishedFilesOnInterrupt()`` an interrupt
/// (SIGINT, SIGTERM, SIGHUP) removes the temporary files of writes under way, too.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): cannot write: \(reason)" }
    }

    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { throw WriteError(path: path, reason: "folder \(folder) does not exist") }
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // Recorded before it is made, so that an interrupt at any moment finds it.
        let pending = UnfinishedFiles.add(temporary)
        defer { UnfinishedFiles.remove(pending) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw WriteError(path: path, reason: "cannot create a file in \(folder): \(Self.words(errno))")
        }
        var failure = writeAll(Array(bytes), to: descriptor)
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: Self.words(failure))
        }
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Installs handlers for SIGINT, SIGTERM and SIGHUP that remove the temporary files of the
    /// writes under way and then end the process as the signal would have. The targets are
    /// untouched: each is either its old self or, if its rename came first, its new self. A
    /// signal the process was started ignoring (as `nohup` and background jobs do) stays ignored.
    public static func removeUnfinishedFilesOnInterrupt() {
        UnfinishedFiles.prepare()
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            var current = sigaction()
            guard sigaction(signalNumber, nil, &current) == 0 else { continue }
            // The handler field holds SIG_IGN's value (1 on Linux) when the signal is ignored.
            let handlerBits = withUnsafeBytes(of: &current.__sigaction_handler) { $0.load(as: Int.self) }
            if handlerBits == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                UnfinishedFiles.removeAllNow()
                signal(received, SIG_DFL)
                raise(received)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signalNumber, &action, nil)
        }
    }

    /// Writes every byte, retrying after an interrupted or partial write; the error number of a
    /// write that fails.
    private static func writeAll(_ bytes: [UInt8], to descriptor: CInt) -> CInt? {
        bytes.withUnsafeBytes { buffer -> CInt? in
            var offset = 0
            while offset < buffer.count {
                let chunk = min(buffer.count - offset, 1 << 20)
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, chunk)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// A system error in the tool's words.
    static func words(_ error: CInt) -> String {
        switch error {
        case ENOSPC: "the disk is full"
        case EDQUOT: "the disk quota is used up"
        case EACCES, EPERM: "permission denied"
        case EROFS: "the disk is read-only"
        case ENOENT: "a folder on the way does not exist"
        case EISDIR: "a folder is in the way"
        case EEXIST: "a file is in the way"
        case EIO: "the disk reported an input/output error"
        default: String(cString: strerror(error))
        }
    }
}

/// The C library's `write`, which the methods named `write` above hide.
private func systemWrite(_ descriptor: CInt, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
