using FactBot.Core.Alerts;
using FactBot.Core.Watchlists;

namespace FactBot.TestKit.Alerts;

public static class SignalBuilder
{
    public static DetectionSignal Surge(
        string target = "#donbas",
        DateTimeOffset? windowEnd = null,
        Severity severity = Severity.Medium,
        double count = 50,
        string watchlist = Watchlist.MainName) =>
        new()
        {
            Kind = AlertKind.VolumeSurge,
            Target = WatchTarget.Parse(target).Value!,
            Watchlist = watchlist,
            WindowStart = (windowEnd ?? Posts.PostBuilder.Epoch.AddHours(1)).AddHours(-1),
            WindowEnd = windowEnd ?? Posts.PostBuilder.Epoch.AddHours(1),
            Severity = severity,
            Confidence = 0.8,
            Numbers = new Dictionary<string, double> { ["count"] = count, ["expected"] = 10, ["ratio"] = count / 10, ["p"] = 1e-9 },
            Evidence = new AlertEvidence { PostKeys = ["tiktok:1"], Accounts = ["a"] },
            Explanation = $"{target}: {count} posts",
        };
}
