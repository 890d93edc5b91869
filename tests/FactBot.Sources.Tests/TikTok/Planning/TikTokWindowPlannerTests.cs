using FactBot.Sources.TikTok;
using FactBot.Sources.TikTok.Planning;

namespace FactBot.Sources.Tests.TikTok.Planning;

public sealed class TikTokWindowPlannerTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 20, 9, 30, 0, TimeSpan.Zero);
    private readonly TikTokOptions _options = new() { InitialLookback = TimeSpan.FromDays(20), DataLag = TimeSpan.FromDays(2) };

    [Fact]
    public void Next_NewQuery_StartsAtTheLookbackWithAtMostSevenDays()
    {
        var sut = new TikTokWindowPlanner(_options);

        var window = sut.Next(TikTokCursor.Start, Now);

        Assert.Equal(new TikTokWindow(new DateOnly(2024, 2, 29), new DateOnly(2024, 3, 6)), window);
    }

    [Fact]
    public void Complete_ThenNext_WindowsOverlapByOneDayAndReachToday()
    {
        var sut = new TikTokWindowPlanner(_options);
        var cursor = TikTokCursor.Start;
        var windows = new List<TikTokWindow>();

        while (sut.Next(cursor, Now) is { } window)
        {
            windows.Add(window);
            cursor = sut.Complete(cursor with { Window = window }, Now);
        }

        Assert.All(windows, w => Assert.InRange(w.End.DayNumber - w.Start.DayNumber + 1, 2, 7));
        for (var i = 1; i < windows.Count; i++)
            Assert.Equal(windows[i - 1].End, windows[i].Start);
        Assert.Equal(new DateOnly(2024, 3, 20), windows[^1].End);
    }

    [Fact]
    public void Complete_ReachingTheLaggingDays_CoversOnlySettledDaysAndWaits()
    {
        var sut = new TikTokWindowPlanner(_options);
        var window = new TikTokWindow(new DateOnly(2024, 3, 15), new DateOnly(2024, 3, 20));

        var cursor = sut.Complete(new TikTokCursor(Window: window, SearchId: "1", Offset: 300), Now);

        Assert.Equal(new DateOnly(2024, 3, 18), cursor.Covered);
        Assert.Equal(Now + _options.RequeryInterval, cursor.Due);
        Assert.Null(cursor.Window);
        Assert.Null(cursor.SearchId);
        Assert.Null(sut.Next(cursor, Now));
        Assert.Equal(new TikTokWindow(new DateOnly(2024, 3, 18), new DateOnly(2024, 3, 20)), sut.Next(cursor, Now + _options.RequeryInterval));
    }

    [Fact]
    public void Next_WindowInProgress_ContinuesItEvenWhenNotDue()
    {
        var sut = new TikTokWindowPlanner(_options);
        var window = new TikTokWindow(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 7));

        var next = sut.Next(new TikTokCursor(Window: window, Offset: 100, Due: Now.AddDays(1)), Now);

        Assert.Equal(window, next);
    }
}
