namespace FactBot.Sources.TikTok.Planning;

/// <summary>
/// Splits time into query windows of at most <see cref="TikTokOptions.WindowLength"/> days, each starting on the
/// day the previous one ended (one day of overlap, because whether <c>end_date</c> is inclusive is disputed; ingest
/// dedupes what both return). The newest <see cref="TikTokOptions.DataLag"/> days are never counted as covered,
/// because the API fills them in late, so a caught-up query re-reads them after <see cref="TikTokOptions.RequeryInterval"/>.
/// </summary>
internal sealed class TikTokWindowPlanner(TikTokOptions options)
{
    private int WindowDays => (int)options.WindowLength.TotalDays;

    private int LagDays => Math.Max(1, (int)Math.Ceiling(options.DataLag.TotalDays));

    private int LookbackDays => Math.Max(1, (int)Math.Ceiling(options.InitialLookback.TotalDays));

    /// <summary>Whether a query at <paramref name="cursor"/> has work now: a window in progress, or its due time passed.</summary>
    public static bool IsDue(TikTokCursor cursor, DateTimeOffset now) =>
        cursor.Window is not null || cursor.Due is not { } due || due <= now;

    /// <summary>The next window to query, or null when the query is caught up and not due yet.</summary>
    public TikTokWindow? Next(TikTokCursor cursor, DateTimeOffset now)
    {
        if (cursor.Window is { } current)
            return current;
        if (!IsDue(cursor, now))
            return null;

        var today = Today(now);
        var start = cursor.Covered ?? today.AddDays(-LookbackDays);
        if (start > today)
            start = today;
        var end = start.AddDays(WindowDays - 1);
        return new TikTokWindow(start, end > today ? today : end);
    }

    /// <summary>The cursor once <paramref name="cursor"/>'s window has been read to its last page.</summary>
    public TikTokCursor Complete(TikTokCursor cursor, DateTimeOffset now)
    {
        var window = cursor.Window ?? throw new InvalidOperationException("No window in progress to complete.");
        var settled = Today(now).AddDays(-LagDays);
        var covered = window.End < settled ? window.End : settled;
        if (cursor.Covered is { } before && before > covered)
            covered = before;

        // A window that reached today means we are caught up: wait before asking again. Otherwise keep going.
        DateTimeOffset? due = window.End >= Today(now) ? now + options.RequeryInterval : null;
        return new TikTokCursor(Covered: covered, Due: due);
    }

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
