using FactBot.Core.Alerts;
using FactBot.Core.Results;
using FactBot.Core.Verdicts;
using FactBot.TestKit.Alerts;
using FactBot.TestKit.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Core.Tests.Verdicts;

public sealed class VerdictServiceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly InMemoryAlertStore _alerts = new();
    private readonly InMemoryVerdictStore _verdicts = new();
    private readonly VerdictService _sut;

    public VerdictServiceTests() => _sut = new VerdictService(_verdicts, _alerts, new FakeTimeProvider(Now));

    public void Dispose() => _sut.Dispose();

    [Fact]
    public async Task RecordAsync_UnknownAlert_IsNotFoundAndStoresNothing()
    {
        var result = await _sut.RecordAsync("A-NONE", "telegram:1", VerdictValue.Organic, null);

        Assert.IsType<NotFound>(result.Error);
        Assert.Empty(_verdicts.All);
    }

    [Fact]
    public async Task RecordAsync_BlankNote_IsStoredAsNone()
    {
        var alert = await OpenAsync(new AlertEngine(_alerts, new AlertOptions()));

        var result = await _sut.RecordAsync(alert.Id, "telegram:1", VerdictValue.Organic, "   ");

        Assert.Null(result.Value!.Verdict.Note);
    }

    [Fact]
    public async Task RecordAsync_ManyPeopleAtOnce_TheTallyOnTheAlertCountsEveryone()
    {
        var alert = await OpenAsync(new AlertEngine(_alerts, new AlertOptions()));

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => _sut.RecordAsync(alert.Id, $"telegram:{i}", i % 2 == 0 ? VerdictValue.Coordinated : VerdictValue.Organic, null))));

        Assert.Equal(new VerdictTally(20, 20, 0, 0), (await _alerts.GetAsync(alert.Id))!.Verdicts);
    }

    [Fact]
    public async Task TallyKeeper_AfterTheEngineUpdatesAnAlert_TheStoredTallyIsTheVerdictStoresAgain()
    {
        // The engine keeps open alerts in memory and saves its own copy on each update.
        var engine = new AlertEngine(_alerts, new AlertOptions());
        var alert = await OpenAsync(engine);
        await _sut.RecordAsync(alert.Id, "telegram:1", VerdictValue.Misleading, null);
        var changes = await engine.ApplyAsync([SignalBuilder.Surge(windowEnd: Now.AddHours(1), count: 80)], Now.AddHours(1));

        await new VerdictTallyKeeper(_sut).HandleAsync(changes, Now.AddHours(1));

        var stored = (await _alerts.GetAsync(alert.Id))!;
        Assert.Equal(2, stored.Revision);
        Assert.Equal(new VerdictTally(0, 0, 1, 0), stored.Verdicts);
    }

    private static async Task<Alert> OpenAsync(AlertEngine engine) =>
        (await engine.ApplyAsync([SignalBuilder.Surge(windowEnd: Now)], Now)).Single().Alert;
}
