using FactBot.Core.Commands;
using FactBot.Core.Results;
using FactBot.Discord.Rendering;
using FactBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactBot.Discord.Interactions;

/// <summary>
/// Discord's 3-second rule: answer in place (type 4) when the reply is ready within <c>DeferAfter</c>, otherwise
/// defer (type 5) and then edit the original message. An ephemeral reply that comes after a public defer replaces
/// the "thinking…" message with an ephemeral follow-up, so errors are never shown to the whole channel.
/// </summary>
internal sealed partial class InteractionReplier(
    DiscordMessages messages, IOptions<DiscordOptions> options, TimeProvider time, ILogger<InteractionReplier> logger)
{
    public async Task ReplyAsync(Interaction interaction, Task<CommandReply> work, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var timer = Task.Delay(options.Value.DeferAfter, time, deadline.Token);
        var first = await Task.WhenAny(work, timer);
        await deadline.CancelAsync();

        if (first == work)
        {
            var parts = Render(await work);
            Report(await messages.CallbackAsync(interaction.Id, interaction.Token, InteractionType.MessageCallback, parts[0], ct));
            await FollowUpsAsync(interaction, parts.Skip(1), ct);
            return;
        }

        Report(await messages.CallbackAsync(interaction.Id, interaction.Token, InteractionType.DeferredMessageCallback, null, ct));
        var reply = await work;
        var rendered = Render(reply);
        if (reply.Ephemeral)
        {
            Report(await messages.DeleteOriginalAsync(interaction.ApplicationId, interaction.Token, ct));
            await FollowUpsAsync(interaction, rendered, ct);
            return;
        }

        Report(await messages.EditOriginalAsync(interaction.ApplicationId, interaction.Token, rendered[0], ct));
        await FollowUpsAsync(interaction, rendered.Skip(1), ct);
    }

    private static List<DiscordMessage> Render(CommandReply reply)
    {
        var parts = DiscordMessageRenderer.Render(reply.Message);
        return [.. parts.Select(p => reply.Ephemeral ? p.AsEphemeral() : p)];
    }

    private async Task FollowUpsAsync(Interaction interaction, IEnumerable<DiscordMessage> parts, CancellationToken ct)
    {
        foreach (var part in parts)
            Report(await messages.FollowUpAsync(interaction.ApplicationId, interaction.Token, part, ct));
    }

    private void Report<T>(Result<T> result)
    {
        if (!result.IsSuccess)
            LogFailed(logger, result.Error.Message);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answering a Discord interaction failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
