using FactBot.Discord.Commands;
using FactBot.Discord.Interactions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactBot.Discord.Gateway;

/// <summary>
/// Reads dispatched events off the receive loop: READY registers the commands (once, only if they changed);
/// each INTERACTION_CREATE is answered on its own task, at most <c>MaxConcurrentInteractions</c> at a time.
/// </summary>
internal sealed partial class DiscordEventPump(
    GatewayEvents events,
    InteractionHandler interactions,
    CommandRegistrar registrar,
    GatewayStatus status,
    IOptions<DiscordOptions> options,
    ILogger<DiscordEventPump> logger) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentInteractions, options.Value.MaxConcurrentInteractions);

    public async Task RunAsync(CancellationToken ct)
    {
        var running = new List<Task>();
        try
        {
            await foreach (var dispatch in events.Reader.ReadAllAsync(ct))
            {
                running.RemoveAll(t => t.IsCompleted);
                switch (dispatch.Type)
                {
                    case "READY":
                        var applicationId = options.Value.ApplicationId is { Length: > 0 } configured ? configured : status.ApplicationId;
                        if (applicationId is not null)
                            running.Add(GuardAsync(() => registrar.EnsureRegisteredAsync(applicationId, ct)));
                        break;
                    case "INTERACTION_CREATE":
                        await _slots.WaitAsync(ct);
                        running.Add(GuardAsync(() => interactions.HandleAsync(dispatch.Data, ct), release: true));
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutdown.
        }

        await Task.WhenAll(running);
    }

    private async Task GuardAsync(Func<Task> work, bool release = false)
    {
        try
        {
            await Task.Yield(); // never run on the pump's own loop
            await work();
        }
        catch (OperationCanceledException)
        {
            // Shutdown.
        }
        catch (Exception ex)
        {
            // A bug in one handler must not stop the pump: the next interaction is still answered.
            LogHandlerFailed(logger, ex);
        }
        finally
        {
            if (release)
                _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();

    [LoggerMessage(Level = LogLevel.Error, Message = "A Discord event handler failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception);
}
