using FactBot.Core.Messages;
using Microsoft.Extensions.Logging;

namespace FactBot.Core.Health;

/// <summary>
/// Whether each chat platform can be reached, as the adapters and the outbox find out. An outage is logged at its first
/// failure, then again after 1, 2, 4… minutes (at most hourly), each time as one line naming the settings to check, and
/// once more when the platform answers again. A refusal that no retry fixes (a rejected token) is fatal. The heartbeat
/// reports a platform unreachable for too long, so a container's health check turns unhealthy.
/// </summary>
public sealed partial class PlatformHealth(TimeProvider time, ILogger<PlatformHealth> logger)
{
    private static readonly TimeSpan FirstRepeat = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestRepeat = TimeSpan.FromHours(1);
    private readonly Dictionary<string, PlatformOutage> _down = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<string> _fatal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The first refusal no retry can fix (e.g. a rejected token), with the setting to change; null while none.</summary>
    public string? FatalError { get; private set; }

    /// <summary>Completes, with <see cref="FatalError"/>, at the first fatal refusal (the worker stops on it).</summary>
    public Task<string> WhenFatal => _fatal.Task;

    /// <summary>The platforms failing now, longest first.</summary>
    public IReadOnlyList<PlatformOutage> Outages
    {
        get
        {
            lock (_gate)
                return [.. _down.Values.OrderBy(o => o.Since)];
        }
    }

    /// <param name="check">The settings an operator should check, e.g. <c>Discord:ApiBaseUrl and FACTBOT__Discord__Token</c>.</param>
    public void Failed(string platform, string reason, string check)
    {
        var now = time.GetUtcNow();
        PlatformOutage outage;
        lock (_gate)
        {
            outage = _down.TryGetValue(platform, out var known)
                ? known with { Reason = reason, Failures = known.Failures + 1 }
                : new PlatformOutage(platform, now, reason, check, 1, now, FirstRepeat);
            if (now < outage.NextLog)
            {
                _down[platform] = outage;
                return;
            }

            var repeat = outage.Repeat * 2 > LongestRepeat ? LongestRepeat : outage.Repeat * 2;
            _down[platform] = outage with { NextLog = now + outage.Repeat, Repeat = repeat };
        }

        LogUnreachable(logger, platform, Formats.Span(now - outage.Since), outage.Failures, reason, check);
    }

    public void Succeeded(string platform)
    {
        PlatformOutage? ended;
        lock (_gate)
            ended = _down.Remove(platform, out var outage) ? outage : null;
        if (ended is null)
            return;
        var down = Formats.Span(time.GetUtcNow() - ended.Since);
        LogBack(logger, platform, down, ended.Failures);
    }

    /// <summary>A refusal no retry fixes. Logged as critical; the worker stops with this paragraph.</summary>
    public void Fatal(string platform, string reason)
    {
        lock (_gate)
        {
            if (FatalError is not null)
                return;
            FatalError = $"{platform}: {reason}";
        }

        LogFatal(logger, platform, reason);
        _fatal.TrySetResult(FatalError);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform} unreachable for {Duration} ({Failures} failed call(s)): {Reason}. Check {Check}.")]
    private static partial void LogUnreachable(ILogger logger, string platform, string duration, int failures, string reason, string check);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform} reachable again after {Duration} ({Failures} failed call(s))")]
    private static partial void LogBack(ILogger logger, string platform, string duration, int failures);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Platform}: {Reason}")]
    private static partial void LogFatal(ILogger logger, string platform, string reason);
}
