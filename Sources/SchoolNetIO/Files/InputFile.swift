import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an input file whole, after checking that it is one: a regular file (a FIFO or a device
/// would be read forever or not at all), readable, and no larger than ``maximumBytes``, so that
/// memory never grows past a known bound before the tool says why it stopped.
public enum InputFile {
    /// The largest input file read: 512 MiB (the national GIAS establishments file is about
    /// 60 MB).
    public static let maximumBytes = 512 * 1024 * 1024

    /// Why a file was not read, in the tool's words.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case missing
        case folder
        case notAFile(String)
        case tooLarge(Int)
        case unreadable
        case danglingLink
        case linkLoop

        public var description: String {
            switch self {
            case .missing: "does not exist"
            case .folder: "is a folder, not a file"
            case .notAFile(let kind): "is a \(kind), not a regular file; not read"
            case .tooLarge(let bytes):
                "is \(bytes / (1024 * 1024)) MiB; the largest file read is \(maximumBytes / (1024 * 1024)) MiB"
            case .unreadable: "cannot be read (check its permissions)"
            case .danglingLink: "is a link to a file that does not exist"
            case .linkLoop: "is a link that leads back to itself (a loop of links)"
            }
        }
    }

    /// The file's bytes. The checks are made again on the opened descriptor (opened without
    /// waiting, so a FIFO put in the file's place after ``check(_:)`` is refused, not waited on),
    /// and at most ``maximumBytes`` are read whatever the file grows to meanwhile.
    public static func read(_ path: String) -> Result<[UInt8], Problem> {
        if case .failure(let problem) = check(path) { return .failure(problem) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(errno == EACCES ? .unreadable : .missing) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .failure(status.st_mode & S_IFMT == S_IFDIR ? .folder : .notAFile("FIFO (named pipe)"))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(Int(status.st_size), maximumBytes) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumBytes { return .failure(.tooLarge(bytes.count)) }
        }
        return .success(bytes)
    }

    /// Whether anything is at `path`: a file, a folder, or a link even if it leads nowhere (which
    /// ``check(_:)`` then reports, rather than the file being taken as absent).
    public static func isPresent(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Whether the file may be read: it exists, is a regular file (after following links) and is
    /// not too large.
    public static func check(_ path: String) -> Result<Void, Problem> {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let error = errno
            if error == ELOOP { return .failure(.linkLoop) }
            if error == EACCES { return .failure(.unreadable) }
            return .failure(isPresent(path) ? .danglingLink : .missing)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.folder)
        case S_IFCHR, S_IFBLK: return .failure(.notAFile("device"))
        case S_IFSOCK: return .failure(.notAFile("socket"))
        default: return .failure(.notAFile("FIFO (named pipe)"))
        }
        if Int(status.st_size) > maximumBytes { return .failure(.tooLarge(Int(status.st_size))) }
        guard access(path, R_OK) == 0 else { return .failure(.unreadable) }
        return .success(())
    }
}

/// The C library's `read`, which the method named `read` above hides.
private func systemRead(_ descriptor: CInt, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
