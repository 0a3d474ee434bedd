import Foundation
import Testing

@testable import SchoolNetGraph

/// Counts what a computation reports, from whichever threads report it.
final class CountingListener: ProgressListener, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var stages: [(String, Int)] = []
    private(set) var done = 0

    func begin(_ stage: String, total: Int) {
        lock.lock()
        stages.append((stage, total))
        done = 0
        lock.unlock()
    }

    func advance(by count: Int) {
        lock.lock()
        done += count
        lock.unlock()
    }
}

@Suite struct BetweennessProgressTests {
    @Test(
        "exact betweenness reports each search once, and the scores do not depend on being watched",
        arguments: ["karate", "davis", "disconnected", "demo-landscape"], [false, true])
    func progress(fixture: String, weighted: Bool) {
        let graph = ReferenceData.load(fixture).graph
        let listener = CountingListener()
        let watched = graph.betweenness(BetweennessOptions(weighted: weighted, progress: listener))
        let unwatched = graph.betweenness(BetweennessOptions(weighted: weighted))
        #expect(watched.values == unwatched.values)
        let searches = TwinClasses(graph).sources.count
        #expect(listener.stages.count == 1 && listener.stages.first?.0 == "betweenness")
        #expect(listener.stages.first?.1 == searches)
        #expect(listener.done == searches)
    }
}
