import Dispatch

/// Wall-clock timing with the monotonic clock.
enum Stopwatch {
    /// Runs `body` and returns its result and the seconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// The median of `repetitions` timings of `body`.
    static func median(_ repetitions: Int, _ body: () -> Void) -> Double {
        let times = (0..<max(1, repetitions)).map { _ in time(body).1 }.sorted()
        return times[times.count / 2]
    }
}
