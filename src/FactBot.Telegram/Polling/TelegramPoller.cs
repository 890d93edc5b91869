using FactBot.Core.Health;
using FactBot.Telegram.Api;
using FactBot.Telegram.Commands;
using Polly;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FactBot.Telegram.Polling;

/// <summary>
/// Long polling, the one receiver for this token: getMe (who we are), deleteWebhook (a webhook would make getUpdates
/// fail with 409), the command menus, then getUpdates in a loop, each update routed in order. Failures back off; a
/// 409 is logged as what it almost always is — a second process polling the same token. Reachability goes to
/// <see cref="PlatformHealth"/> (which logs outages with backoff); a rejected token at start-up is fatal.
/// </summary>
internal sealed partial class TelegramPoller(
    ITelegramBotClient bot,
    UpdateRouter router,
    CommandMenuPublisher menus,
    BotIdentity identity,
    PlatformHealth health,
    TelegramOptions options,
    TimeProvider time,
    ILogger<TelegramPoller> logger) : BackgroundService
{
    private readonly ResiliencePipeline<bool> _retry = PollRetry.Create(options.PollRetryMax, time);
    private int _offset;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _retry.ExecuteAsync(async ct => await ConnectAsync(ct), stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
                await _retry.ExecuteAsync(async ct => await PollOnceAsync(ct), stoppingToken);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: an interrupted long poll is expected.
        }
    }

    /// <summary>Learns the bot's username and sets up receiving; false (logged) when Telegram cannot be reached.</summary>
    internal async Task<bool> ConnectAsync(CancellationToken ct)
    {
        try
        {
            var me = await bot.GetMe(ct);
            identity.Username = me.Username;
            await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: ct);
            await menus.PublishAsync(ct);
            LogStarted(logger, me.Username, me.Id);
            health.Succeeded(TelegramErrors.PlatformName);
            return true;
        }
        catch (Exception ex) when (TelegramErrors.IsUnauthorized(ex) && !ct.IsCancellationRequested)
        {
            health.Fatal(TelegramErrors.PlatformName, TelegramErrors.RejectedToken);
            return false;
        }
        catch (Exception ex) when (TelegramErrors.Map(ex) is { } error && !ct.IsCancellationRequested)
        {
            health.Failed(TelegramErrors.PlatformName, error.Message, TelegramErrors.Check);
            return false;
        }
    }

    /// <summary>One getUpdates call and the routing of what it returned; false (reported) when the call failed.</summary>
    internal async Task<bool> PollOnceAsync(CancellationToken ct)
    {
        Update[] updates;
        try
        {
            updates = await bot.GetUpdates(_offset, limit: 100, timeout: (int)options.PollTimeout.TotalSeconds, allowedUpdates: router.AllowedUpdates, cancellationToken: ct);
        }
        catch (Exception ex) when (TelegramErrors.IsConflict(ex) && !ct.IsCancellationRequested)
        {
            LogConflict(logger);
            return false;
        }
        catch (Exception ex) when (TelegramErrors.Map(ex) is { } error && !ct.IsCancellationRequested)
        {
            health.Failed(TelegramErrors.PlatformName, error.Message, TelegramErrors.Check);
            return false;
        }

        health.Succeeded(TelegramErrors.PlatformName);
        foreach (var update in updates)
        {
            // Confirmed (by the next call's offset) whether or not handling succeeds: a poison update must not come back forever.
            _offset = update.Id + 1;
            try
            {
                await router.RouteAsync(update, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogUpdateFailed(logger, ex, update.Id, update.Type.ToString());
            }
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram bot @{Username} ({BotId}) is receiving updates (long polling)")]
    private static partial void LogStarted(ILogger logger, string? username, long botId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram answered 409 Conflict to getUpdates: another process is polling this bot token (or a webhook is set). Only one FactBot may run per token; stop the other one. Retrying with backoff.")]
    private static partial void LogConflict(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling Telegram update {UpdateId} ({Type}) failed; it is skipped")]
    private static partial void LogUpdateFailed(ILogger logger, Exception exception, int updateId, string type);
}
