/// What a synthetic landscape was built to contain, so that detection can be scored by
/// precision and recall rather than by eye.
public struct GroundTruth: Equatable, Sendable {
    public struct PlantedPattern: Equatable, Sendable {
        public let structure: String
        public let pattern: AlliancePattern
    }

    public struct PlantedHybrid: Equatable, Sendable {
        /// The TSA and the MAT whose members largely coincide, with the lead they share.
        public let tsa: String
        public let mat: String
        public let lead: URN
    }

    public var patterns: [PlantedPattern] = []
    public var hybrids: [PlantedHybrid] = []

    public init() {}
}
