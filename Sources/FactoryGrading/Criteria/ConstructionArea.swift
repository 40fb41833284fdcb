/// One of the five construction areas (工厂建设, 研发设计, 生产作业, 生产管理, 运营管理).
public struct ConstructionArea: Sendable, Hashable, Identifiable {
    /// A 环节 of 《智能制造典型场景参考指引(2024年版)》 that the area covers.
    public struct Segment: Sendable, Hashable, Identifiable {
        public var id: String
        public var name: LocalizedText
    }

    public var id: String
    public var name: LocalizedText
    public var clause: String
    public var passage: String
    public var segments: [Segment]
}
