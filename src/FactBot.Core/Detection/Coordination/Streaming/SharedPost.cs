using FactBot.Core.Labels;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>The little the coordination detector keeps of a post while it is inside the lookback.</summary>
internal sealed record SharedPost(
    string Key,
    string Account,
    string Handle,
    DateTimeOffset CreatedAt,
    string? Url,
    IReadOnlyList<WatchedTarget> Targets,
    AccountLabel? Label);
