using FactBot.Core;
using FactBot.Core.Detection.Coordination.Streaming;
using FactBot.Core.Detection.StateMedia;
using FactBot.Core.Detection.Surge;
using FactBot.Discord;
using FactBot.Sources;
using FactBot.Sources.Mastodon;
using FactBot.Sources.TikTok;
using FactBot.Storage;
using FactBot.Telegram;
using FactBot.Worker.Scheduling;

namespace FactBot.Worker.Hosting;

/// <summary>Every configuration section FactBot binds, and the options class it binds to.</summary>
internal static class ConfigurationRoots
{
    public static IReadOnlyList<(string Section, Type Options)> All { get; } =
    [
        (CoreOptions.Section, typeof(CoreOptions)),
        (SurgeOptions.Section, typeof(SurgeOptions)),
        (StateMediaOptions.Section, typeof(StateMediaOptions)),
        (CoordinationOptions.Section, typeof(CoordinationOptions)),
        (StorageOptions.Section, typeof(StorageOptions)),
        (SourcesOptions.Section, typeof(SourcesOptions)),
        (TikTokOptions.Section, typeof(TikTokOptions)),
        (MastodonOptions.Section, typeof(MastodonOptions)),
        (TelegramOptions.Section, typeof(TelegramOptions)),
        (DiscordOptions.Section, typeof(DiscordOptions)),
        (WorkerOptions.Section, typeof(WorkerOptions)),
        (DigestSchedulingOptions.Section, typeof(DigestSchedulingOptions)),
    ];
}
