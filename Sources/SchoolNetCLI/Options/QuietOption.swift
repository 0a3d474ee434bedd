import ArgumentParser

/// `--quiet`: no notes (what was written, what was estimated) and no progress line on standard
/// error; errors and warnings still show. Results on standard output are the same either way.
struct QuietOption: ParsableArguments {
    @Flag(help: "Print no notes and no progress line on standard error (errors and warnings still show).")
    var quiet = false

    func validate() throws {
        if quiet { Console.quiet = true }
    }
}
