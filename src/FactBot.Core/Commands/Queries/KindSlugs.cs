using FactBot.Core.Alerts;

namespace FactBot.Core.Commands.Queries;

/// <summary>The words users type for alert kinds (<see cref="CommandCatalog.Kinds"/>) and back.</summary>
internal static class KindSlugs
{
    /// <summary>Null for no filter (or a word the catalog would already have refused).</summary>
    public static AlertKind? Parse(string? slug) =>
        Enum.GetValues<AlertKind>().Cast<AlertKind?>().FirstOrDefault(k => string.Equals(k!.Value.ToSlug(), slug, StringComparison.OrdinalIgnoreCase));
}
