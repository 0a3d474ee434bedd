import SchoolNetGraph

/// A layer of the multiplex school network: ties from sharing a structure of one kind, or from
/// links of one kind.
public enum Layer: Hashable, Sendable, Comparable, CustomStringConvertible {
    case structure(StructureKind)
    case link(LinkKind)

    /// Every layer, structure kinds first.
    public static let all: [Layer] =
        StructureKind.allCases.map(Layer.structure) + LinkKind.allCases.map(Layer.link)

    /// The layer's bit number in a `LayerSet`.
    public var number: Int { Layer.all.firstIndex(of: self)! }

    /// `co-mat`, `co-tsa`, …, `nle-support`, …: the names used on the command line.
    public var description: String {
        switch self {
        case .structure(let kind): "co-\(kind.rawValue)"
        case .link(let kind): kind.rawValue
        }
    }

    public init?(name: String) {
        guard let layer = Layer.all.first(where: { $0.description == name.lowercased() })
        else { return nil }
        self = layer
    }

    public static func < (a: Layer, b: Layer) -> Bool { a.number < b.number }
}

extension LayerSet {
    /// The set holding the given layers.
    public init(_ layers: some Sequence<Layer>) {
        self = layers.reduce(into: LayerSet()) { $0.insert(LayerSet(layer: $1.number)) }
    }

    /// The layers in the set, in ``Layer/all`` order.
    public var schoolLayers: [Layer] { layers.map { Layer.all[$0] } }
}
