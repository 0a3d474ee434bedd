import ArgumentParser

/// The exit statuses of `schoolnet`, decided here once (the BSD sysexits numbers where one fits).
public enum ExitStatus {
    public static let success = ExitCode(0)
    /// The landscape has errors, or a file it names cannot be read.
    public static let invalidInput = ExitCode(1)
    /// A command line that does not parse (ArgumentParser's own validation exit code).
    public static let usage = ExitCode(64)
    /// The diagram could not be drawn: Graphviz failed, or the diagram exceeds the node limit.
    public static let renderFailed = ExitCode(70)
    /// An output file could not be written.
    public static let cannotWrite = ExitCode(73)
}
