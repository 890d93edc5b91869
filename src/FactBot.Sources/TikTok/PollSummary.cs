namespace FactBot.Sources.TikTok;

/// <summary>What one TikTok poll did.</summary>
/// <param name="Queries">Queries for the watched targets that apply to TikTok.</param>
/// <param name="QueriesPolled">Queries that were due and sent at least one request.</param>
/// <param name="Requests">Research requests sent (token calls excluded); every one counts against the quota.</param>
/// <param name="Read">Records read, posts and malformed ones.</param>
/// <param name="Stored">New posts stored.</param>
/// <param name="Duplicates">Posts already stored (window overlap, restarts).</param>
/// <param name="Malformed">Records skipped as unreadable.</param>
/// <param name="WindowsCompleted">Query windows read to their last page.</param>
/// <param name="RequestsLeftToday">What our own counter says is left of today's request quota.</param>
/// <param name="Problems">Per-query failures that did not stop the poll, one line each.</param>
public sealed record PollSummary(
    int Queries,
    int QueriesPolled,
    int Requests,
    long Read,
    long Stored,
    long Duplicates,
    long Malformed,
    int WindowsCompleted,
    int RequestsLeftToday,
    IReadOnlyList<string> Problems);
