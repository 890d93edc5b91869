using FactBot.Core.Messages;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;
using FactBot.Telegram.Tests.Support;

namespace FactBot.Telegram.Tests.Delivery;

public sealed class TelegramChatSenderTests
{
    private const long Group = -1001;
    private readonly TelegramParts _parts = new();

    [Fact]
    public async Task SendAsync_Text_IsSentAsHtmlWithoutLinkPreviewAndReturnsItsReference()
    {
        var result = await _parts.Sender.SendAsync(Message(new ChatMessage { Title = "A & B", Links = ["https://example.org"] }));

        Assert.True(result.IsSuccess);
        Assert.Matches("^text:[0-9]+$", result.Value);
        var call = Assert.Single(_parts.Api.CallsTo("sendMessage"));
        Assert.Equal(Group, call["chat_id"]!.GetValue<long>());
        Assert.Equal("html", call["parse_mode"]!.GetValue<string>(), ignoreCase: true);
        Assert.StartsWith("<b>A &amp; B</b>", call["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(call["link_preview_options"]!["is_disabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SendAsync_WithChart_SendsAPhotoWithCaptionAndKeyboard()
    {
        var message = new ChatMessage { Title = "Surge", ChartPng = [1, 2, 3, 4], Buttons = [new ChatButton("organic", "verdict:A-1:organic")] };

        var result = await _parts.Sender.SendAsync(Message(message));

        Assert.Matches("^caption:[0-9]+$", result.Value);
        var call = Assert.Single(_parts.Api.CallsTo("sendPhoto"));
        Assert.Equal("<b>Surge</b>", call["caption"]!.GetValue<string>());
        Assert.Equal("file:chart.png:4", call[call["photo"]!.GetValue<string>().Replace("attach://", "", StringComparison.Ordinal)]!.GetValue<string>());
        Assert.Contains("verdict:A-1:organic", call["reply_markup"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_parts.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendAsync_429_IsRateLimitedForRetryAfter_AndTheChatIsHeldWithoutAnotherCall()
    {
        _parts.Api.ThenFail("sendMessage", 429, "Too Many Requests: retry after 7", retryAfter: 7);

        var first = await _parts.Sender.SendAsync(Message(new ChatMessage { Title = "x" }));
        var second = await _parts.Sender.SendAsync(Message(new ChatMessage { Title = "y" }, id: "o2"));

        Assert.Equal(TimeSpan.FromSeconds(7), Assert.IsType<RateLimited>(first.Error).RetryAfter);
        Assert.IsType<RateLimited>(second.Error);
        Assert.Single(_parts.Api.CallsTo("sendMessage")); // Telegram.Bot did not retry by itself, and we did not call again
    }

    [Theory]
    [InlineData(403, "Forbidden: bot was kicked from the supergroup chat")]
    [InlineData(403, "Forbidden: bot was blocked by the user")]
    [InlineData(400, "Bad Request: chat not found")]
    public async Task SendAsync_ChatGoneForGood_IsAPermanentFailureWithTelegramsReason(int code, string description)
    {
        _parts.Api.ThenFail("sendMessage", code, description);

        var result = await _parts.Sender.SendAsync(Message(new ChatMessage { Title = "x" }));

        Assert.Contains(description, Assert.IsType<PermanentFailure>(result.Error).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, "Internal Server Error")]
    [InlineData(502, "Bad Gateway")]
    [InlineData(400, "Bad Request: something odd")]
    public async Task SendAsync_TransientOrUnknownFailure_IsUnavailable(int code, string description)
    {
        _parts.Api.ThenFail("sendMessage", code, description);

        var result = await _parts.Sender.SendAsync(Message(new ChatMessage { Title = "x" }));

        Assert.IsType<Unavailable>(result.Error);
    }

    [Fact]
    public async Task SendAsync_NetworkDown_IsUnavailable()
    {
        _parts.Api.Then("sendMessage", _ => throw new HttpRequestException("connection refused"));

        var result = await _parts.Sender.SendAsync(Message(new ChatMessage { Title = "x" }));

        Assert.IsType<Unavailable>(result.Error);
    }

    [Fact]
    public async Task SendAsync_KnownPlatformMessage_EditsTheTextInsteadOfSending()
    {
        var result = await _parts.Sender.SendAsync(Message(new ChatMessage { Title = "Update: surge" }) with { PlatformMessageId = "text:55" });

        Assert.Equal("text:55", result.Value);
        var edit = Assert.Single(_parts.Api.CallsTo("editMessageText"));
        Assert.Equal(55, edit["message_id"]!.GetValue<int>());
        Assert.Equal("<b>Update: surge</b>", edit["text"]!.GetValue<string>());
        Assert.Empty(_parts.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendAsync_KnownPhotoMessage_EditsItsCaptionWithinTheCaptionLimit()
    {
        var long_ = new ChatMessage { Title = "Update", Summary = new string('x', 3000) };

        var result = await _parts.Sender.SendAsync(Message(long_) with { PlatformMessageId = "caption:56" });

        Assert.Equal("caption:56", result.Value);
        var caption = Assert.Single(_parts.Api.CallsTo("editMessageCaption"))["caption"]!.GetValue<string>();
        Assert.True(caption.Length - "<b></b>".Length <= 1024, $"caption of {caption.Length}");
    }

    [Fact]
    public async Task SendAsync_EditNotModified_IsSuccess()
    {
        _parts.Api.ThenFail("editMessageText", 400, "Bad Request: message is not modified");

        var result = await _parts.Sender.SendAsync(Message(new ChatMessage { Title = "same" }) with { PlatformMessageId = "text:57" });

        Assert.Equal("text:57", result.Value);
    }

    [Fact]
    public async Task SendAsync_MessageToEditIsGone_SendsANewOne()
    {
        _parts.Api.ThenFail("editMessageText", 400, "Bad Request: message to edit not found");

        var result = await _parts.Sender.SendAsync(Message(new ChatMessage { Title = "again" }) with { PlatformMessageId = "text:58" });

        Assert.True(result.IsSuccess);
        Assert.NotEqual("text:58", result.Value);
        Assert.Single(_parts.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendAsync_MultiPartFailingPartWay_RetrySendsOnlyTheMissingParts()
    {
        var message = Message(new ChatMessage { Title = "Digest", Summary = string.Join("\n", Enumerable.Range(0, 400).Select(i => $"item {i} " + new string('y', 20))) });
        _parts.Api.Then("sendMessage", p => FakeBotApi.Ok(_parts.Api.Message(p))).ThenFail("sendMessage", 500, "Internal Server Error");

        var failed = await _parts.Sender.SendAsync(message);
        _parts.Time.Advance(TimeSpan.FromSeconds(10));
        var retried = await _parts.Sender.SendAsync(message);

        Assert.IsType<Unavailable>(failed.Error);
        Assert.True(retried.IsSuccess);
        var texts = _parts.Api.CallsTo("sendMessage").Select(c => c["text"]!.GetValue<string>()).ToList();
        Assert.Equal(texts.Count - 1, texts.Distinct().Count()); // only the failed part was tried twice
        Assert.Equal(texts[1], texts[2]);
    }

    [Fact]
    public async Task SendAsync_NotATelegramChatId_IsAPermanentFailure()
    {
        var result = await _parts.Sender.SendAsync(Message(new ChatMessage { Title = "x" }) with { Chat = new ChatRef("telegram", "general") });

        Assert.IsType<PermanentFailure>(result.Error);
        Assert.Empty(_parts.Api.Calls);
    }

    [Fact]
    public async Task SendAsync_ForumTopic_PostsInTheTopic()
    {
        await _parts.Sender.SendAsync(Message(new ChatMessage { Title = "x" }) with { Chat = new ChatRef("telegram", "-1001", "12") });

        Assert.Equal(12, Assert.Single(_parts.Api.CallsTo("sendMessage"))["message_thread_id"]!.GetValue<int>());
    }

    private static OutboxMessage Message(ChatMessage message, string id = "o1") => new()
    {
        Id = id,
        Chat = new ChatRef("telegram", Group.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Kind = OutboxKind.Digest,
        Message = message,
        CreatedAt = TelegramParts.Start,
    };
}
