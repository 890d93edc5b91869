namespace FactBot.Sources.TikTok;

/// <summary>What one TikTok refresh run did (terms 3.d: re-check stored data at least every 15 days, delete what vanished).</summary>
/// <param name="DaysChecked">Creation days whose stored Research API posts were re-queried.</param>
/// <param name="PostsChecked">Stored posts asked about.</param>
/// <param name="PostsPurged">Posts TikTok no longer returns, deleted from the store.</param>
/// <param name="Requests">Research requests sent (they count against the shared daily quota).</param>
/// <param name="BatchesHeldBack">Id batches that came back entirely empty and were not purged (see
/// <see cref="TikTokOptions.PurgeGuardMinimum"/>); their day stays due.</param>
/// <param name="Complete">False when the budget ran out or a query failed before every due day was checked.</param>
/// <param name="Problem">Why the run ended early, when it did.</param>
public sealed record RefreshSummary(
    int DaysChecked,
    int PostsChecked,
    int PostsPurged,
    int Requests,
    int BatchesHeldBack,
    bool Complete,
    string? Problem);
