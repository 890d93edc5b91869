namespace FactBot.Core.Commands.Admin;

/// <summary>Lists in replies stop after a few items and say how many were left out, so no reply outgrows a platform limit.</summary>
internal static class Capped
{
    public static string Lines(IEnumerable<string> items, int max)
    {
        var all = items as IReadOnlyCollection<string> ?? [.. items];
        var shown = string.Join("\n", all.Take(max));
        return all.Count <= max ? shown : $"{shown}\nand {all.Count - max} more";
    }

    /// <summary>Cuts a long value (an audit entry's before/after) to <paramref name="max"/> characters.</summary>
    public static string Text(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
