using FactBot.Telegram.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Telegram.Tests.Support;

/// <summary>The adapter's delivery pieces wired to a fake Bot API and a fake clock, as the DI extension wires them.</summary>
public sealed class TelegramParts
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public TelegramParts(TelegramOptions? options = null)
    {
        // No pacing between parts: the limiter has its own tests, and a wait here would block on the fake clock.
        Options = options ?? new TelegramOptions { Token = "1234:TEST", PerChatInterval = TimeSpan.Zero };
        Limiter = new TelegramRateLimiter(Options, Time);
        Messenger = new TelegramMessenger(Api.Client(), Limiter, Time);
        Sender = new TelegramChatSender(Messenger, Options);
    }

    public FakeBotApi Api { get; } = new();

    public FakeTimeProvider Time { get; } = new(Start);

    public TelegramOptions Options { get; }

    internal TelegramRateLimiter Limiter { get; }

    internal TelegramMessenger Messenger { get; }

    internal TelegramChatSender Sender { get; }
}
