using FactBot.Core.Detection.Surge;
using FactBot.Core.Messages;

namespace FactBot.Core.Commands.Queries;

/// <summary>
/// Words for a target's <see cref="SurgeStatus"/>: the open bin so far, the last judged bin, a window's count and
/// the recent bins. Every number is the detector's own; nothing here recounts posts.
/// </summary>
internal static class SurgeStatusText
{
    public const int SparkBins = 24;
    private const int LatestCounts = 6;

    /// <summary>"hour", or "15 min bin".</summary>
    public static string BinName(TimeSpan binSize) => binSize == TimeSpan.FromHours(1) ? "hour" : DurationWords.Of(binSize) + " bin";

    public static string Summary(SurgeStatus status)
    {
        var bin = BinName(status.BinSize);
        var now = status.Current;
        if (now.Fired)
            return $"Surging now: {Formats.Count(now.Count)} posts so far this {bin}, {Formats.Ratio(now.Ratio)} the usual {Formats.Number(now.Expected)} (p = {Formats.Probability(now.P)}).";
        if (status.LastEvaluation is { Fired: true } last)
            return $"The last {bin} surged: {Formats.Count(last.Count)} posts, {Formats.Ratio(last.Ratio)} the usual {Formats.Number(last.Expected)} (p = {Formats.Probability(last.P)}).";
        if (status.LastEvaluation is { } judged)
            return $"Within the usual range: {Formats.Count(judged.Count)} posts in the last {bin} against {Formats.Number(judged.Expected)} expected ({Formats.Ratio(judged.Ratio)}).";
        return $"Not judged yet: no {bin} of this target has closed since it was watched. {Formats.Count(now.Count)} posts so far this {bin}.";
    }

    public static ChatField Now(SurgeStatus status)
    {
        var now = status.Current;
        return new ChatField(
            $"Now · {Formats.Window(now.WindowStart, now.WindowEnd)}",
            $"{Formats.Count(now.Count)} so far · usual {Formats.Number(now.Expected)} for the whole {BinName(status.BinSize)} · {Formats.Ratio(now.Ratio)}");
    }

    public static ChatField Last(SurgeStatus status)
    {
        if (status.LastEvaluation is not { } last)
            return new ChatField("Last closed bin", "none judged yet");
        var verdict = last.Fired ? "surge" : "no surge";
        return new ChatField(
            $"Last {BinName(status.BinSize)} · {Formats.Window(last.WindowStart, last.WindowEnd)}",
            $"{Formats.Count(last.Count)} vs {Formats.Number(last.Expected)} expected · {Formats.Ratio(last.Ratio)} · p {Formats.Probability(last.P)} " +
            $"(α/M {Formats.Probability(last.AlphaPerSeries)}) · {verdict} · {last.BaselineName} baseline of {last.BaselinePoints} bins");
    }

    /// <summary>Start of the whole bins that cover [now − window, now], so counts and share describe the same posts.</summary>
    public static DateTimeOffset WindowStart(SurgeStatus status, TimeSpan window, DateTimeOffset now)
    {
        var time = now - window;
        return new DateTimeOffset(time.UtcTicks - (time.UtcTicks % status.BinSize.Ticks), TimeSpan.Zero);
    }

    /// <summary>
    /// Posts in the whole bins that cover [now − window, now]: the closed ones the detector keeps plus the open bin.
    /// When the window reaches past the kept bins, the post count of <paramref name="share"/> (read from the same
    /// start) stands in if complete.
    /// </summary>
    public static ChatField Window(SurgeStatus status, TimeSpan window, DateTimeOffset now, ShareSample share)
    {
        var name = "Last " + DurationWords.Of(window);
        var start = WindowStart(status, window, now);
        var inWindow = status.Recent.Where(b => b.Start >= start).ToList();
        var count = inWindow.Sum(b => b.Count) + status.Current.Count;
        var covered = status.Recent.Count == 0 || status.Recent[0].Start <= start;
        if (!covered)
        {
            return share.Capped || share.From > start
                ? new ChatField(name, $"at least {Formats.Count(Math.Max(count, share.Total))} posts (longer than the {status.Recent.Count} bins kept)")
                : new ChatField(name, $"{Formats.Count(share.Total)} posts stored since {Formats.Time(start)}");
        }

        var text = $"{Formats.Count(count)} posts since {Formats.Time(start)}";
        if (inWindow.All(b => b.Expected is not null))
        {
            // The open bin's expectation is for the whole bin; only the part already elapsed is "usual so far".
            var elapsed = (now - status.Current.WindowStart) / status.BinSize;
            var usual = inWindow.Sum(b => b.Expected!.Value) + (status.Current.Expected * Math.Clamp(elapsed, 0, 1));
            text += $" · usual ≈ {Formats.Number(usual)}";
        }

        return new ChatField(name, text);
    }

    public static ChatField Recent(SurgeStatus status)
    {
        var bins = status.Recent.TakeLast(SparkBins).ToList();
        if (bins.Count == 0)
            return new ChatField("Recent bins", "none yet", Inline: false);
        var peak = bins.MaxBy(b => b.Count);
        var latest = string.Join(" · ", bins.TakeLast(LatestCounts).Select(b => Formats.Count(b.Count)));
        return new ChatField(
            $"Last {bins.Count} bins of {DurationWords.Of(status.BinSize)}, oldest first",
            $"{Sparkline.Render([.. bins.Select(b => b.Count)])}\npeak {Formats.Count(peak.Count)} at {Formats.Time(peak.Start)} · latest {latest}",
            Inline: false);
    }
}
