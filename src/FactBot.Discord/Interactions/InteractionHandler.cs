using System.Text.Json;
using FactBot.Core.Commands;
using FactBot.Core.Verdicts;
using FactBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace FactBot.Discord.Interactions;

/// <summary>
/// Answers one interaction, whichever way it arrived (gateway or HTTP endpoint): slash commands and verdict
/// buttons go through Core's dispatcher and are answered by <see cref="InteractionReplier"/>; autocomplete gets
/// suggestions. Every answer uses the interaction's callback endpoint.
/// </summary>
internal sealed partial class InteractionHandler(
    CommandDispatcher dispatcher,
    InteractionReplier replier,
    AutocompleteProvider autocomplete,
    DiscordMessages messages,
    ILogger<InteractionHandler> logger)
{
    public async Task HandleAsync(JsonElement payload, CancellationToken ct)
    {
        var parsed = Interaction.Parse(payload);
        if (!parsed.IsSuccess)
        {
            LogUnreadable(logger, parsed.Error.Message);
            return;
        }

        var interaction = parsed.Value;
        switch (interaction.Type)
        {
            case InteractionType.ApplicationCommand:
                await replier.ReplyAsync(interaction, dispatcher.DispatchAsync(SlashCommandMapper.ToRequest(interaction), ct), ct);
                break;
            case InteractionType.MessageComponent:
                await replier.ReplyAsync(interaction, PressAsync(interaction, ct), ct);
                break;
            case InteractionType.Autocomplete:
                var choices = await autocomplete.SuggestAsync(interaction, ct);
                var answer = await messages.AutocompleteAsync(interaction.Id, interaction.Token, choices, ct);
                if (!answer.IsSuccess)
                    LogReplyFailed(logger, interaction.Type, answer.Error.Message);
                break;
            default:
                LogUnhandled(logger, interaction.Type);
                break;
        }
    }

    /// <summary>A button press: verdict buttons become the <c>/verdict</c> a typed command would be.</summary>
    private async Task<CommandReply> PressAsync(Interaction interaction, CancellationToken ct)
    {
        var action = interaction.Data.TryGetProperty("custom_id", out var id) ? id.GetString() ?? "" : "";
        var request = VerdictButtons.ToRequest(action, interaction.Caller, interaction.Chat, interaction.IsDirectMessage);
        if (request is null)
            return CommandReply.Text("This button is not FactBot's", "Nothing was recorded.", ephemeral: true);
        if (!request.Value.IsSuccess)
            return CommandReply.Text("This button is broken", request.Value.Error.Message, ephemeral: true);
        return await dispatcher.DispatchAsync(request.Value.Value, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unreadable Discord interaction: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord interaction type {Type} is not handled")]
    private static partial void LogUnhandled(ILogger logger, int type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answering Discord interaction type {Type} failed: {Reason}")]
    private static partial void LogReplyFailed(ILogger logger, int type, string reason);
}
