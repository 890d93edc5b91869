using Polly;
using Polly.Retry;

namespace FactBot.Telegram.Polling;

/// <summary>
/// How the poller waits after a failed call (Telegram down, a 409 from a second poller): Polly's exponential backoff
/// with jitter from one second up to <c>Telegram:PollRetryMax</c>, for as long as it takes; each call that succeeds
/// starts the next one afresh.
/// </summary>
internal static class PollRetry
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);

    /// <param name="onRetry">Told each wait before it starts (tests).</param>
    public static ResiliencePipeline<bool> Create(TimeSpan max, TimeProvider time, Action<TimeSpan>? onRetry = null) =>
        new ResiliencePipelineBuilder<bool> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<bool>
            {
                // The operations report their own failures (health, logs) and answer false; exceptions are bugs.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null && !args.Outcome.Result),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = First,
                MaxDelay = max,
                OnRetry = args =>
                {
                    onRetry?.Invoke(args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
}
