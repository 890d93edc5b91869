using Microsoft.Extensions.Time.Testing;

namespace FactBot.Discord.Tests.Support;

/// <summary>
/// Drives a <see cref="FakeTimeProvider"/> forward in small steps until something happens, so code that waits on
/// the fake clock (backoff, rate limits, heartbeats) runs without real waiting and without racing the test.
/// The step count is a hang guard, not a timing assertion.
/// </summary>
internal static class Clock
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public static async Task<T> RunAsync<T>(FakeTimeProvider time, Task<T> task, TimeSpan? step = null)
    {
        await UntilAsync(time, () => task.IsCompleted, step);
        return await task;
    }

    public static async Task UntilAsync(FakeTimeProvider time, Func<bool> condition, TimeSpan? step = null, int maxSteps = 20_000)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            // Let the code under test reach its next wait before the clock moves.
            for (var spin = 0; spin < 3 && !condition(); spin++)
                await Task.Delay(1);
            if (condition())
                return;
            time.Advance(step ?? TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException("the condition was not met after advancing the fake clock");
    }

    /// <summary>Real-time wait for work on other threads (the in-process fake Discord), bounded as a hang guard.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what, int seconds = 20)
    {
        for (var i = 0; i < seconds * 100; i++)
        {
            if (condition())
                return;
            await Task.Delay(10);
        }

        throw new TimeoutException($"timed out waiting for: {what}");
    }
}
