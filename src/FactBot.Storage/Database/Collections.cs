namespace FactBot.Storage.Database;

/// <summary>Collection names: part of the schema, so changing one needs a migration.</summary>
internal static class Collections
{
    public const string Meta = "meta";
    public const string Posts = "posts";
    public const string Labels = "labels";
    public const string Watchlists = "watchlists";
    public const string Alerts = "alerts";
    public const string Subscriptions = "subscriptions";
    public const string Outbox = "outbox";
    public const string Checkpoints = "checkpoints";
    public const string Quotas = "quotas";
    public const string Audit = "audit";
    public const string Verdicts = "verdicts";
    public const string DetectionJournal = "detection_journal";
}
