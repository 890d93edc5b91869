using FactBot.Core.Results;
using FactBot.Telegram.Api;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace FactBot.Telegram.Tests.Api;

public sealed class TelegramErrorsTests
{
    [Fact]
    public void Map_429_IsRateLimitedForRetryAfter() =>
        Assert.Equal(TimeSpan.FromSeconds(12), Assert.IsType<RateLimited>(TelegramErrors.Map(
            new ApiRequestException("Too Many Requests: retry after 12", 429, new ResponseParameters { RetryAfter = 12 }))).RetryAfter);

    [Fact]
    public void Map_400GroupUpgraded_IsPermanent() =>
        Assert.IsType<PermanentFailure>(TelegramErrors.Map(new ApiRequestException("Bad Request: group chat was upgraded to a supergroup chat", 400)));

    [Fact]
    public void Map_401_NamesTheTokenSettingButNotTheToken()
    {
        var error = Assert.IsType<Unavailable>(TelegramErrors.Map(new ApiRequestException("Unauthorized", 401)));

        Assert.Contains("FACTBOT__Telegram__Token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_TimeoutOrTransportFailure_IsUnavailable()
    {
        Assert.IsType<Unavailable>(TelegramErrors.Map(new TaskCanceledException()));
        Assert.IsType<Unavailable>(TelegramErrors.Map(new RequestException("Exception during making request")));
    }

    [Fact]
    public void Map_ABug_IsNotAnExpectedFailure() => Assert.Null(TelegramErrors.Map(new InvalidOperationException("bug")));

    [Fact]
    public void IsConflict_409_IsRecognised()
    {
        Assert.True(TelegramErrors.IsConflict(new ApiRequestException("Conflict: terminated by other getUpdates request", 409)));
        Assert.False(TelegramErrors.IsConflict(new ApiRequestException("Bad Request", 400)));
    }
}
