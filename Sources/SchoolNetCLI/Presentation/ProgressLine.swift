import Dispatch
import Foundation
import SchoolNetGraph

/// The line on standard error that shows long work going on: `betweenness 45% · about 12 s
/// left`, drawn once the command has run for a second, rewritten in place at most four times a
/// second, and erased whenever the command writes anything else. There is one only when standard
/// error is a terminal and `--quiet` was not given (``start()``), so output redirected to a file
/// or a pipe, and every scripted run, is byte for byte what it would be without it.
///
/// Threads that report work take only `counting`, which nothing holds while writing; the
/// terminal is written under `drawing`, which a reporting thread only tries, so a slow terminal
/// never holds up the work.
final class ProgressLine: ProgressListener, @unchecked Sendable {
    private let counting = NSLock()
    private var stage = ""
    private var total = 0
    private var done = 0
    private var stageStarted = DispatchTime.now().uptimeNanoseconds

    private let drawing = NSLock()
    private let started = DispatchTime.now().uptimeNanoseconds
    private let delay: UInt64
    private var lastDrawn: UInt64 = 0
    private var shown = false
    private var finished = false
    /// Redraws the line while a stage runs without counting its work, so that it still shows.
    private var timer: DispatchSourceTimer?

    /// How often the line is redrawn.
    static let interval: UInt64 = 250_000_000

    /// The line being shown, which ``Console/error(_:)`` writes through.
    nonisolated(unsafe) static var current: ProgressLine?

    private init(delay: UInt64) { self.delay = delay }

    /// A progress line, when standard error is a terminal and notes are wanted. It appears after
    /// a second, or after `SCHOOLNET_PROGRESS_AFTER` seconds when that is set (0 shows it at once).
    static func start() -> ProgressLine? {
        guard !Console.quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        let seconds = ProcessInfo.processInfo.environment["SCHOOLNET_PROGRESS_AFTER"].flatMap(Double.init) ?? 1
        let line = ProgressLine(delay: UInt64(max(0, seconds) * 1e9))
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now(), repeating: .nanoseconds(Int(interval)))
        timer.setEventHandler { [weak line] in line?.redraw(force: false, waiting: true) }
        line.timer = timer
        timer.resume()
        current = line
        return line
    }

    func begin(_ stage: String, total: Int) {
        counting.lock()
        self.stage = stage
        self.total = total
        done = 0
        stageStarted = DispatchTime.now().uptimeNanoseconds
        counting.unlock()
        redraw(force: true, waiting: true)
    }

    func advance(by count: Int) {
        counting.lock()
        done += count
        counting.unlock()
        redraw(force: false, waiting: false)
    }

    /// Writes a line of its own on standard error: the progress line is erased first, and drawn
    /// again at the next redraw.
    func write(_ message: String) {
        drawing.lock()
        defer { drawing.unlock() }
        erase()
        FileHandle.standardError.write(Data(message.utf8))
    }

    /// Erases the line for good: the command is about to write its output, or has failed.
    func finish() {
        drawing.lock()
        defer { drawing.unlock() }
        finished = true
        timer?.cancel()
        timer = nil
        erase()
    }

    /// The text of the line: the stage, the share done and an estimate of the time left (from
    /// the pace so far, once there is a second of it to go on).
    static func text(stage: String, done: Int, total: Int, elapsed: Double) -> String {
        guard total > 0 else { return stage + " …" }
        let share = min(1, Double(done) / Double(total))
        var line = "\(stage) \(Int(share * 100))%"
        if done > 0 && elapsed >= 1 && done < total {
            let left = elapsed * Double(total - done) / Double(done)
            line +=
                " · about " + (left < 90 ? "\(Int(left.rounded(.up))) s" : "\(Int((left / 60).rounded(.up))) min")
                + " left"
        }
        return line
    }

    /// Draws the line if it is due: `force` when a stage starts; `waiting` unless the caller is
    /// a thread doing the work, which skips drawing rather than wait for the terminal.
    private func redraw(force: Bool, waiting: Bool) {
        if waiting { drawing.lock() } else if !drawing.try() { return }
        defer { drawing.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        guard !finished, now - started >= delay, force || now - lastDrawn >= Self.interval else { return }
        lastDrawn = now
        counting.lock()
        let line = Self.text(stage: stage, done: done, total: total, elapsed: Double(now - stageStarted) / 1e9)
        counting.unlock()
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line).utf8))
        shown = true
    }

    private func erase() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        shown = false
    }
}
