namespace FactBot.Core.Commands;

/// <summary>
/// Every command FactBot answers. Discord slash commands, Telegram menus, /help and usage replies are
/// all generated from this one list.
/// </summary>
public static class CommandCatalog
{
    public static readonly IReadOnlyList<string> Kinds = ["volume", "state-media", "coordination"];
    public static readonly IReadOnlyList<string> VerdictValues = ["coordinated", "organic", "misleading", "unsure"];
    public static readonly IReadOnlyList<string> Modes = ["alerts", "digest", "both"];
    public static readonly IReadOnlyList<string> CriticalChoices = ["through", "held"];
    public static readonly IReadOnlyList<string> OnOff = ["on", "off"];
    public static readonly IReadOnlyList<string> ThresholdKeys = ["floor", "min-ratio", "family-alpha"];
    public static readonly IReadOnlyList<string> OutboxStates = ["pending", "sending", "sent", "retrying", "dead", "expired"];

    private static readonly OptionSpec TargetRequired = new("target", OptionType.Target, "#hashtag, sound:<id> or kw:<text>", Required: true) { Autocomplete = true };
    private static readonly OptionSpec AlertRequired = new("alert", OptionType.AlertId, "the alert id, e.g. A-7K2F", Required: true) { Autocomplete = true };
    private static readonly OptionSpec WatchlistOptional = new("watchlist", OptionType.Watchlist, "the watchlist (default: main)");
    private static readonly OptionSpec WatchlistRequired = new("name", OptionType.Watchlist, "the watchlist name", Required: true);

    public static IReadOnlyList<CommandSpec> All { get; } =
    [
        new("help", null, "The commands you can use here", CommandRole.Anyone, []),
        new("status", null, "Posts now vs expected, state-media share and open alerts for a target", CommandRole.Anyone,
            [TargetRequired, new("window", OptionType.Duration, "how far back to count (default 1h)")]),
        new("alerts", null, "Recent alerts, one line each", CommandRole.Anyone,
        [
            new("target", OptionType.Target, "only this target") { Autocomplete = true },
            new("kind", OptionType.Choice, "only this kind") { Choices = Kinds },
            new("since", OptionType.Duration, "how far back (default 24h)"),
            new("limit", OptionType.WholeNumber, "how many (default 10)") { Min = 1, Max = 50 },
            new("watchlist", OptionType.Watchlist, "only alerts for this watchlist"),
        ]),
        new("explain", null, "All the evidence behind one alert", CommandRole.Anyone, [AlertRequired]),
        new("account", null, "An account's labels, posts seen and coordination groups", CommandRole.Anyone,
        [
            new("handle", OptionType.Text, "the account handle", Required: true),
            new("platform", OptionType.Text, "tiktok, telegram, … (default: all)"),
        ]),
        new("top", null, "The targets surging most now", CommandRole.Anyone,
        [
            new("since", OptionType.Duration, "how far back (default 24h)"),
            new("kind", OptionType.Choice, "only this kind") { Choices = Kinds },
        ]),
        new("verdict", null, "Record your verdict on an alert", CommandRole.Anyone,
        [
            AlertRequired,
            new("value", OptionType.Choice, "your verdict", Required: true) { Choices = VerdictValues },
            new("note", OptionType.Text, "a short note"),
        ]),
        new("subscribe", null, "Get alerts and/or digests in this chat", CommandRole.Admin,
        [
            WatchlistOptional,
            new("mode", OptionType.Choice, "alerts, digest or both (default both)") { Choices = Modes },
            new("schedule", OptionType.Schedule, "digest schedule: hourly, daily@09:00, weekly@mon-09:00 or a Quartz cron"),
            new("tz", OptionType.TimeZone, "time zone for the schedule and quiet hours (default UTC)"),
            new("quiet", OptionType.QuietHours, "hold alerts between these local times, e.g. 22:00-07:00, or off"),
            new("min-severity", OptionType.Severity, "low, medium, high or critical (default low)"),
            new("critical", OptionType.Choice, "in quiet hours, critical alerts go through (default) or are held") { Choices = CriticalChoices },
            new("empty-digests", OptionType.Choice, "on: send a digest even when nothing happened (default off)") { Choices = OnOff },
        ]) { OpenInDirectMessages = true },
        new("unsubscribe", null, "Stop a subscription of this chat", CommandRole.Admin, [WatchlistOptional]) { OpenInDirectMessages = true },
        new("subscriptions", null, "This chat's subscriptions and their state", CommandRole.Anyone, []),
        new("digest", null, "A digest now", CommandRole.Anyone, [WatchlistOptional]),
        new("watch", "add", "Watch a target", CommandRole.Admin,
            [TargetRequired, WatchlistOptional, new("platforms", OptionType.Text, "comma-separated platforms (default: all)")]),
        new("watch", "remove", "Stop watching a target", CommandRole.Admin, [TargetRequired, WatchlistOptional]),
        new("watch", "list", "The targets of a watchlist", CommandRole.Anyone, [WatchlistOptional]),
        new("watchlist", "create", "Create a watchlist", CommandRole.Admin, [WatchlistRequired]),
        new("watchlist", "delete", "Delete a watchlist", CommandRole.Admin, [WatchlistRequired]),
        new("watchlist", "list", "All watchlists and their thresholds", CommandRole.Anyone, []),
        new("watchlist", "set", "Set a threshold of a watchlist", CommandRole.Admin,
        [
            WatchlistRequired,
            new("key", OptionType.Choice, "floor, min-ratio or family-alpha", Required: true) { Choices = ThresholdKeys },
            new("value", OptionType.Number, "the new value", Required: true),
        ]),
        new("label", "add", "Label an account (e.g. state-controlled media)", CommandRole.Admin,
        [
            new("handle", OptionType.Text, "the account handle", Required: true),
            new("platform", OptionType.Text, "tiktok, telegram, …", Required: true),
            new("category", OptionType.Choice, "the label") { Choices = ["state-controlled", "state-captured", "state-funded", "government", "diplomat"] },
            new("country", OptionType.Text, "the state behind it, e.g. RU"),
            new("evidence", OptionType.Text, "a link to the evidence"),
        ]),
        new("label", "remove", "Remove an account's label", CommandRole.Admin,
        [
            new("handle", OptionType.Text, "the account handle", Required: true),
            new("platform", OptionType.Text, "tiktok, telegram, …", Required: true),
        ]),
        new("label", "list", "Labelled accounts", CommandRole.Anyone, [new("platform", OptionType.Text, "only this platform")]),
        new("audit", null, "Recent admin changes, before and after", CommandRole.Admin,
            [new("limit", OptionType.WholeNumber, "how many (default 20)") { Min = 1, Max = 100 }]),
        new("deliveries", "list", "Outbox messages and why they are where they are", CommandRole.Admin,
            [new("state", OptionType.Choice, "only this state") { Choices = OutboxStates }]),
        new("deliveries", "retry", "Send dead or expired messages again", CommandRole.Admin,
            [new("which", OptionType.Text, "a message id, or dead, or expired", Required: true)]),
    ];

    public static CommandSpec? Find(string name, string? subcommand) => All.FirstOrDefault(s =>
        string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)
        && string.Equals(s.Subcommand, subcommand, StringComparison.OrdinalIgnoreCase));

    /// <summary>The subcommands of a group (<c>watch</c> → add, remove, list); empty for plain commands.</summary>
    public static IReadOnlyList<CommandSpec> Group(string name) =>
        [.. All.Where(s => s.Subcommand is not null && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))];

    public static bool IsGroup(string name) => Group(name).Count > 0;
}
