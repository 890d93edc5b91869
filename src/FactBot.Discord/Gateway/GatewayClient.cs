using FactBot.Core.Health;
using FactBot.Core.Results;
using FactBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactBot.Discord.Gateway;

/// <summary>
/// The gateway state machine across connections: resume while the session lives, identify (within the daily
/// budget) when it does not, back off exponentially with jitter after failures, and stop for good — with the
/// reason in <see cref="GatewayStatus"/> — on a close code that no reconnect can fix.
/// </summary>
internal sealed partial class GatewayClient(
    IGatewayTransport transport,
    IGatewayInfoSource info,
    GatewayStatus status,
    GatewayEvents events,
    IOptions<DiscordOptions> options,
    IRandomSource random,
    PlatformHealth health,
    TimeProvider time,
    ILogger<GatewayClient> logger)
{
    private const string Platform = "discord";

    private readonly GatewaySession _session = new();
    private readonly IdentifyBudget _budget = new(time);

    public async Task RunAsync(CancellationToken ct)
    {
        var connection = new GatewayConnection(transport, _session, _budget, status, events, options.Value, random, time, logger);
        var failures = 0;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var resume = _session.CanResume;
                var url = resume ? _session.ResumeUrl! : await IdentifyUrlAsync(ct);
                if (url is null)
                {
                    if (status.FatalError is not null)
                        return;
                    await WaitAsync(ReconnectBackoff.For(++failures, options.Value.ReconnectBaseDelay, options.Value.ReconnectMaxDelay, random.NextDouble()), ct);
                    continue;
                }

                var outcome = await RunConnectionAsync(connection, url, resume, ct);
                switch (outcome.Next)
                {
                    case ConnectionNext.Shutdown:
                        return;
                    case ConnectionNext.Fatal:
                        status.Fail(outcome.Reason + "; not reconnecting.");
                        LogFatal(logger, outcome.Reason);
                        health.Fatal(Platform, outcome.Reason);
                        return;
                    case ConnectionNext.NewSession:
                        _session.Reset();
                        break;
                }

                LogReconnect(logger, outcome.Reason, _session.CanResume);
                failures = outcome.Healthy ? 0 : failures + 1;
                if (outcome.Healthy)
                    health.Succeeded(Platform);
                else
                    health.Failed(Platform, $"the gateway connection failed: {outcome.Reason}", DiscordOptions.Check);
                var delay = outcome.Wait ?? ReconnectBackoff.For(failures, options.Value.ReconnectBaseDelay, options.Value.ReconnectMaxDelay, random.NextDouble());
                status.Enter(GatewayState.Waiting, outcome.Reason);
                await WaitAsync(delay, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutdown.
        }
        finally
        {
            if (status.FatalError is null)
                status.Enter(GatewayState.Stopped);
        }
    }

    private async Task<ConnectionOutcome> RunConnectionAsync(GatewayConnection connection, Uri url, bool resume, CancellationToken ct)
    {
        try
        {
            return await connection.RunAsync(url, resume, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in frame handling must not take the worker down (alerts still go out over REST): log it, back off, retry.
            LogConnectionBug(logger, ex);
            await transport.DisconnectAsync(resumable: true, CancellationToken.None);
            return new ConnectionOutcome(ConnectionNext.Resume, false, $"connection failed unexpectedly: {ex.Message}");
        }
    }

    /// <summary>The URL for a new session once the identify budget allows one; null after a failure.</summary>
    private async Task<Uri?> IdentifyUrlAsync(CancellationToken ct)
    {
        while (true)
        {
            var fetched = await info.GetAsync(ct);
            if (!fetched.IsSuccess)
            {
                OnInfoFailed(fetched.Error);
                return null;
            }

            health.Succeeded(Platform);
            _budget.Update(fetched.Value.Limit);
            var wait = _budget.WaitBeforeIdentify();
            if (wait <= TimeSpan.Zero)
                return fetched.Value.Url; // the budget is used when Identify is actually sent

            if (_budget.Remaining <= 0)
            {
                status.Enter(GatewayState.Waiting, $"the daily Identify budget is used up; waiting {wait.TotalMinutes:0} min for it to reset");
                LogBudget(logger, wait);
            }

            await WaitAsync(wait, ct);
        }
    }

    private void OnInfoFailed(Error error)
    {
        if (error is DiscordRejected { Status: 401 })
        {
            var reason = "Discord rejected the bot token (401 on GET /gateway/bot). Set FACTBOT__Discord__Token to the bot token " +
                "from the Discord developer portal (Bot → Reset Token), check Discord:ApiBaseUrl, and start FactBot again";
            status.Fail(reason + "; not reconnecting.");
            health.Fatal(Platform, reason);
            return;
        }

        status.Enter(GatewayState.Waiting, $"GET /gateway/bot failed: {error.Message}");
        health.Failed(Platform, $"GET /gateway/bot failed: {error.Message}", DiscordOptions.Check);
    }

    private Task WaitAsync(TimeSpan delay, CancellationToken ct) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, time, ct) : Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord gateway stopped for good: {Reason}")]
    private static partial void LogFatal(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway connection ended ({Reason}); resuming: {Resume}")]
    private static partial void LogReconnect(ILogger logger, string reason, bool resume);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord gateway connection failed unexpectedly (a FactBot bug)")]
    private static partial void LogConnectionBug(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord Identify budget used up; waiting {Wait} before a new session")]
    private static partial void LogBudget(ILogger logger, TimeSpan wait);
}
