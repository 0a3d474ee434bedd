/// The context schools are compared on, as families of schools compare them: numeric features
/// (attainment, disadvantage, pupils, any numeric column of the user's) standardised and weighted,
/// and categorical ones (phase, or any other attribute) that must match.
///
/// A numeric feature is standardised over the schools that have it: `z = (x − mean) / sd`, with
/// the population standard deviation (divided by n); a constant feature contributes nothing. The
/// distance between two schools is `√Σ_f w_f (z_a,f − z_b,f)²`. A categorical feature is a
/// stratum: only schools with the same value are compared at all, as the DfE's families of
/// schools were drawn within a phase. A school missing any chosen feature is not compared (and
/// says which), never matched on fewer features.
public struct ContextFeatures: Sendable {
    public struct Feature: Sendable, Equatable {
        public let name: String
        public let weight: Double
        public let isNumeric: Bool
    }

    public let features: [Feature]
    /// Per numeric feature (in `features` order, numeric ones only): mean and standard deviation.
    public let scales: [(name: String, mean: Double, sd: Double)]
    /// Per school (landscape order): its standardised numeric values, or nil when one is missing.
    public let standardised: [[Double]?]
    /// Per school: its categorical values joined (the stratum), or nil when one is missing.
    public let stratum: [String?]
    /// Per school: the first chosen feature it lacks, or nil.
    public let missing: [String?]
    /// The weights of the numeric features, in `standardised` order.
    let numericWeights: [Double]
    /// Per school: its stratum as a number (equal strata, equal numbers), or nil.
    let stratumCode: [Int?]

    /// The default features: phase (a stratum), disadvantage, attainment and pupils.
    public static let defaults = ["phase", "disadvantage", "attainment", "pupils"]

    /// Parses `name` or `name=weight` items; nil with a message for an unknown attribute or a
    /// weight that is not a positive number.
    public static func parse(_ items: [String], in landscape: Landscape) -> Result<[(String, Double)], FeatureError> {
        var parsed: [(String, Double)] = []
        for item in items {
            let parts = item.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpacesAndTabs() }
            guard let name = parts.first, !name.isEmpty, SchoolAttribute.exists(name, in: landscape) else {
                return .failure(.unknown(parts.first ?? item))
            }
            let weight = parts.count == 2 ? Double(parts[1]) : 1
            guard let weight, weight > 0, weight.isFinite else { return .failure(.badWeight(item)) }
            guard !parsed.contains(where: { $0.0.lowercased() == name.lowercased() }) else {
                return .failure(.repeated(name))
            }
            parsed.append((name, weight))
        }
        return .success(parsed)
    }

    public enum FeatureError: Error, Equatable {
        case unknown(String)
        case badWeight(String)
        case repeated(String)
    }

    /// - Complexity: O(schools × features).
    public init(_ landscape: Landscape, features chosen: [(name: String, weight: Double)]) {
        let schools = landscape.schools
        features = chosen.map { name, weight in
            Feature(name: name, weight: weight, isNumeric: Self.isNumeric(name, in: landscape))
        }
        var scales: [(String, Double, Double)] = []
        var columns: [[Double?]] = []
        for feature in features where feature.isNumeric {
            let values = schools.map { SchoolAttribute.number(feature.name, of: $0) }
            let known = values.compactMap { $0 }
            let mean = known.isEmpty ? 0 : known.reduce(0, +) / Double(known.count)
            let sd =
                known.isEmpty
                ? 0 : (known.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(known.count)).squareRoot()
            scales.append((feature.name, mean, sd))
            columns.append(values.map { value in value.map { sd > 0 ? ($0 - mean) / sd : 0 } })
        }
        self.scales = scales
        var standardised: [[Double]?] = []
        var stratum: [String?] = []
        var missing: [String?] = []
        for (i, school) in schools.enumerated() {
            var lacking: String? = nil
            var categories: [String] = []
            for feature in features where !feature.isNumeric {
                if let value = SchoolAttribute.value(feature.name, of: school) {
                    categories.append(value)
                } else if lacking == nil {
                    lacking = feature.name
                }
            }
            var values: [Double] = []
            for (c, feature) in features.filter(\.isNumeric).enumerated() {
                if let value = columns[c][i] {
                    values.append(value)
                } else if lacking == nil {
                    lacking = feature.name
                }
            }
            missing.append(lacking)
            standardised.append(lacking == nil ? values : nil)
            stratum.append(lacking == nil ? categories.joined(separator: " / ") : nil)
        }
        self.standardised = standardised
        self.stratum = stratum
        self.missing = missing
        numericWeights = features.filter(\.isNumeric).map(\.weight)
        var codes: [String: Int] = [:]
        stratumCode = stratum.map { value in
            value.map { text in
                if let code = codes[text] { return code }
                codes[text] = codes.count
                return codes.count - 1
            }
        }
    }

    /// A standard numeric column, or a custom column whose every value is a number.
    public static func isNumeric(_ name: String, in landscape: Landscape) -> Bool {
        if SchoolAttribute.column(name) != nil { return SchoolAttribute.isStandardNumber(name) }
        let values = landscape.schools.compactMap { $0.custom[name] }.filter { !$0.trimmingSpacesAndTabs().isEmpty }
        return !values.isEmpty && values.allSatisfy { Double($0.trimmingSpacesAndTabs()) != nil }
    }

    /// Each numeric feature's term `w_f (z_a,f − z_b,f)²` for schools a and b (both comparable);
    /// the distance is the square root of their sum.
    public func terms(_ a: Int, _ b: Int) -> [Double] {
        guard let x = standardised[a], let y = standardised[b] else { return [] }
        return zip(numericWeights, zip(x, y)).map { w, pair in w * (pair.0 - pair.1) * (pair.0 - pair.1) }
    }

    /// Whether two schools can be compared: both have every feature and they share a stratum.
    public func comparable(_ a: Int, _ b: Int) -> Bool {
        guard let s = stratumCode[a], let t = stratumCode[b] else { return false }
        return s == t
    }

    /// `√Σ_f w_f (z_a,f − z_b,f)²`, without building the terms (it runs for every pair). 0 when
    /// either school cannot be compared.
    public func distance(_ a: Int, _ b: Int) -> Double {
        guard let x = standardised[a], let y = standardised[b] else { return 0 }
        var sum = 0.0
        for f in numericWeights.indices {
            let d = x[f] - y[f]
            sum += numericWeights[f] * d * d
        }
        return sum.squareRoot()
    }
}
