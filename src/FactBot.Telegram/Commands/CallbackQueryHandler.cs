using FactBot.Core.Commands;
using FactBot.Core.Messages;
using FactBot.Core.Verdicts;
using FactBot.Telegram.Api;
using FactBot.Telegram.Delivery;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FactBot.Telegram.Commands;

/// <summary>
/// A verdict button press (callback data <c>verdict:A-7K2F:organic</c>) becomes the <c>/verdict</c> request a typed
/// command would make and goes through the same dispatcher. The answer is a toast shown only to the presser
/// (answerCallbackQuery), Telegram's nearest thing to an ephemeral reply; it must be sent or the button keeps spinning.
/// </summary>
internal sealed partial class CallbackQueryHandler(CommandDispatcher dispatcher, ITelegramBotClient bot, ILogger<CallbackQueryHandler> logger)
{
    /// <summary>Telegram shows at most 200 characters in a callback answer.</summary>
    public const int ToastLimit = 200;

    public async Task HandleAsync(CallbackQuery query, CancellationToken ct)
    {
        var message = query.Message;
        var chat = message is null ? ChatTarget.ToChatRef(query.From.Id) : TelegramCallers.ChatOf(message);
        var isDirect = message is null || TelegramCallers.IsDirect(message.Chat);
        var request = query.Data is { } data ? VerdictButtons.ToRequest(data, TelegramCallers.Caller(query.From), chat, isDirect) : null;

        string answer;
        if (request is not { } parsed)
            answer = "This button is not one of FactBot's.";
        else if (!parsed.IsSuccess)
            answer = parsed.Error.Message;
        else
            answer = Toast((await dispatcher.DispatchAsync(parsed.Value, ct)).Message);

        try
        {
            await bot.AnswerCallbackQuery(query.Id, answer, cancellationToken: ct);
        }
        catch (Exception ex) when (TelegramErrors.Map(ex) is { } error && !ct.IsCancellationRequested)
        {
            LogAnswerFailed(logger, query.Id, error.Message);
        }
    }

    /// <summary>The reply's title and its first field (the verdict tallies), within Telegram's limit.</summary>
    internal static string Toast(ChatMessage reply)
    {
        var text = reply.Fields.Count > 0 ? $"{reply.Title}\n{reply.Fields[0].Name}: {reply.Fields[0].Value}" : reply.Title;
        return text.Length <= ToastLimit ? text : string.Concat(text.AsSpan(0, ToastLimit - 1), "…");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer Telegram callback query {QueryId}: {Reason}")]
    private static partial void LogAnswerFailed(ILogger logger, string queryId, string reason);
}
