using FactBot.Core.Abstractions;
using FactBot.Core.Audit;
using FactBot.Storage.Stores;
using FactBot.TestKit.Fakes;

namespace FactBot.Storage.Tests.Stores;

public sealed class LiteDbAuditLogTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task RecentAsync_NewestFirstEqualTimesLatestAppendedFirst()
    {
        var sut = new LiteDbAuditLog(_db.Database);

        var recent = await AppendAndReadAsync(sut);

        Assert.Equal(["late", "same-2", "same-1"], recent);
    }

    [Fact]
    public async Task InMemoryAuditLog_OrdersLikeTheLiteDbLog()
    {
        var expected = await AppendAndReadAsync(new LiteDbAuditLog(_db.Database));

        var actual = await AppendAndReadAsync(new InMemoryAuditLog());

        Assert.Equal(expected, actual);
    }

    private static async Task<List<string>> AppendAndReadAsync(IAuditLog log)
    {
        await log.AppendAsync(Entry("early", T0.AddMinutes(-1)));
        await log.AppendAsync(Entry("same-1", T0));
        await log.AppendAsync(Entry("late", T0.AddMinutes(1)));
        await log.AppendAsync(Entry("same-2", T0));
        return [.. (await log.RecentAsync(3)).Select(e => e.Subject)];
    }

    private static AuditEntry Entry(string subject, DateTimeOffset at) =>
        new() { At = at, Actor = "console", Action = "watch add", Subject = subject };
}
