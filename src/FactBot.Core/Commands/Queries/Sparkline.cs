namespace FactBot.Core.Commands.Queries;

/// <summary>
/// A series of counts as block characters (▁▂▃▄▅▆▇█), scaled to the largest count. Plain text, so it survives every
/// adapter and a screen reader reads it as a short string rather than a wall of numbers.
/// </summary>
internal static class Sparkline
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    public static string Render(IReadOnlyList<int> counts)
    {
        if (counts.Count == 0)
            return "";
        var max = counts.Max();
        var chars = new char[counts.Count];
        for (var i = 0; i < counts.Count; i++)
        {
            // Zero stays the lowest block; any non-zero count gets at least the second one, so it is visible.
            chars[i] = max <= 0 || counts[i] <= 0
                ? Blocks[0]
                : Blocks[Math.Max(1, (int)Math.Round((double)counts[i] / max * (Blocks.Length - 1)))];
        }

        return new string(chars);
    }
}
