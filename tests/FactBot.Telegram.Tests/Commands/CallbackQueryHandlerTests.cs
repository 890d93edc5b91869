using FactBot.Core.Messages;
using FactBot.Telegram.Commands;
using FactBot.Telegram.Tests.Support;

namespace FactBot.Telegram.Tests.Commands;

public sealed class CallbackQueryHandlerTests
{
    private readonly CommandParts _sut = new();

    [Fact]
    public async Task HandleAsync_VerdictButton_GoesThroughTheDispatcherAsVerdictAndIsAnsweredWithTheTally()
    {
        await _sut.Callbacks.HandleAsync(Samples.Update("callback_query").CallbackQuery!, default);

        var context = Assert.Single(_sut.Verdict.Seen);
        Assert.Equal("A-7K2F", context.Arguments.Text("alert"));
        Assert.Equal("organic", context.Arguments.Text("value"));
        Assert.Equal("telegram:7", context.Request.Caller.Key);
        Assert.Equal("telegram:-1001234567890", context.Request.Chat.Key);
        var answer = Assert.Single(_sut.Telegram.Api.CallsTo("answerCallbackQuery"));
        Assert.Equal("4382bfdwdsb323b2d9", answer["callback_query_id"]!.GetValue<string>());
        Assert.Equal("Verdict recorded: organic on A-7K2F\nVerdicts: coordinated 0 · organic 1 · misleading 0 · unsure 0", answer["text"]!.GetValue<string>());
        Assert.Empty(_sut.Telegram.Api.CallsTo("sendMessage"));
    }

    [Theory]
    [InlineData("verdict:A-7K2F:maybe", "is not a verdict button")]
    [InlineData("something:else", "not one of FactBot's")]
    public async Task HandleAsync_OtherData_IsAnsweredWithoutDispatching(string data, string answer)
    {
        var query = Samples.Update("callback_query").CallbackQuery!;
        query.Data = data;

        await _sut.Callbacks.HandleAsync(query, default);

        Assert.Empty(_sut.Verdict.Seen);
        Assert.Contains(answer, Assert.Single(_sut.Telegram.Api.CallsTo("answerCallbackQuery"))["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Toast_LongReply_IsCutToTelegramsLimit()
    {
        var toast = CallbackQueryHandler.Toast(new ChatMessage { Title = new string('t', 300) });

        Assert.Equal(CallbackQueryHandler.ToastLimit, toast.Length);
        Assert.EndsWith("…", toast, StringComparison.Ordinal);
    }
}
