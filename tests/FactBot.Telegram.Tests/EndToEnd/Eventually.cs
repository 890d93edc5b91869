namespace FactBot.Telegram.Tests.EndToEnd;

/// <summary>Waits for something the bot does asynchronously (polling, the outbox sweep); fails with the host's logs.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, BotHost? bot)
    {
        var deadline = TimeProvider.System.GetUtcNow() + PeerClient.DefaultWait;
        while (!await condition())
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
                throw new Xunit.Sdk.XunitException("Timed out waiting. Logs:\n" + bot?.Logs);
            await Task.Delay(100);
        }
    }
}
