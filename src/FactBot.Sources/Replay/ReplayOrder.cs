using FactBot.Core.Abstractions;

namespace FactBot.Sources.Replay;

/// <summary>A replay's source in creation order, and the creation time of its first post (null when it has none).</summary>
public sealed record ReplayOrder(IPostSource Source, DateTimeOffset? FirstPostAt);
