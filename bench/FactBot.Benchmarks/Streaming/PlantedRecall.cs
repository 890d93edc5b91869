using FactBot.Core.Alerts;
using FactBot.Core.Watchlists;

namespace FactBot.Benchmarks.Streaming;

/// <summary>How many planted events the alerts found: surging targets, flooded targets, coordinated groups.</summary>
internal sealed record PlantedRecall(int Surges, int Floods, int Groups, int OtherCoordinationAlerts)
{
    public static PlantedRecall Of(StreamScenario s, IReadOnlyCollection<Alert> alerts)
    {
        var surgeKeys = PlantedEvents.Surges
            .Select(x => x.Sound ? new WatchTarget(TargetKind.Sound, s.Sounds[x.Rank]).Key : new WatchTarget(TargetKind.Hashtag, s.Hashtags[x.Rank]).Key)
            .ToHashSet(StringComparer.Ordinal);
        var floodKeys = PlantedEvents.Floods.Select(x => new WatchTarget(TargetKind.Hashtag, s.Hashtags[x.Rank]).Key).ToHashSet(StringComparer.Ordinal);
        var surges = alerts.Where(a => a.Kind == AlertKind.VolumeSurge && surgeKeys.Contains(a.Target.Key)).Select(a => a.Target.Key).Distinct().Count();
        var floods = alerts.Where(a => a.Kind == AlertKind.StateMediaSurge && floodKeys.Contains(a.Target.Key)).Select(a => a.Target.Key).Distinct().Count();

        var coordination = alerts.Where(a => a.Kind == AlertKind.Coordination).ToList();
        var groups = Enumerable.Range(0, StreamScenario.Groups)
            .Count(g => coordination.Any(a => a.Evidence.Accounts.Any(account => IsMember(account, g))));
        var other = coordination.Count(a => !a.Evidence.Accounts.Any(account => Enumerable.Range(0, StreamScenario.Groups).Any(g => IsMember(account, g))));
        return new PlantedRecall(surges, floods, groups, other);
    }

    private static bool IsMember(string account, int group) =>
        account.StartsWith($"crew{group:D2}_", StringComparison.Ordinal)
        || (group == 0 && (account == StreamScenario.LabelledHandle(390) || account == StreamScenario.LabelledHandle(391)));
}
