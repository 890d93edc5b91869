using FactBot.Core.Abstractions;
using FactBot.Core.Commands.Queries;
using FactBot.Core.Health;
using FactBot.Worker.Hosting;
using Microsoft.Extensions.Options;

namespace FactBot.Worker.Health;

/// <summary>
/// Touches a file on every bin close. A worker has no HTTP port to probe, so the container's health check asks
/// how old this file is (the approach MODiX uses for its bot). The file also says how complete each feed's data is
/// (its watermark), so an operator reading it can tell a quiet platform from a feed that fell behind, and whether every
/// chat platform answers: a line starting "unhealthy:" (a platform failing for longer than
/// <see cref="WorkerOptions.UnhealthyAfter"/>, or a rejected token) turns the health check red.
/// </summary>
internal sealed class Heartbeat(IOptions<WorkerOptions> options, ContentRoot root, TimeProvider time, ICheckpointStore checkpoints, PlatformHealth health)
{
    private readonly string _path = root.Resolve(options.Value.HeartbeatFile);

    public async Task BeatAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var text = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "\n" + Platforms(now) + "\n";
        if (SourceFreshness.Field(await checkpoints.ListAsync(ct), now) is { } freshness)
            text += $"{freshness.Name}:\n{freshness.Value}\n";
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        await File.WriteAllTextAsync(_path, text, ct);
    }

    // The line the container's health check reads: "unhealthy: …" once a platform has failed for longer than allowed.
    private string Platforms(DateTimeOffset now)
    {
        if (health.FatalError is { } fatal)
            return $"unhealthy: {fatal}";
        var late = health.Outages.Where(o => now - o.Since >= options.Value.UnhealthyAfter).ToList();
        return late.Count == 0
            ? "platforms: ok"
            : "unhealthy: " + string.Join("; ", late.Select(o => $"{o.Platform} unreachable since {o.Since:u} ({o.Reason}); check {o.Check}"));
    }
}
