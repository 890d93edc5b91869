namespace FactBot.Benchmarks.Demo;

/// <summary>The alerts the demo printed, from the console renderer's "== Kind on target · id ==" headings.</summary>
internal sealed record PrintedAlerts(int Volume, int StateMedia, int Coordination, int Digests)
{
    public int Total => Volume + StateMedia + Coordination;

    public static PrintedAlerts Of(string stdout)
    {
        var headings = stdout.Split('\n').Where(l => l.StartsWith("== ", StringComparison.Ordinal)).ToList();
        int Count(string prefix) => headings.Count(h => h.StartsWith("== " + prefix, StringComparison.Ordinal));
        return new PrintedAlerts(Count("Volume surge"), Count("State-media surge"), Count("Coordinated posting"), Count("Digest"));
    }
}
