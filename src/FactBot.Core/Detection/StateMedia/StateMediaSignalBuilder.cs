using System.Globalization;
using FactBot.Core.Alerts;
using FactBot.Core.Labels;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>Turns a finding into the signal the alert engine stores, with a sentence a volunteer can read.</summary>
internal sealed class StateMediaSignalBuilder(StateMediaOptions options)
{
    private const int NamesInSentence = 3;

    public DetectionSignal Build(WaveFinding finding)
    {
        var share = finding.Total == 0 ? 0 : (double)finding.Labelled / finding.Total;
        var roles = finding.Wave.Roles.Take(options.MaxEvidence).ToList();
        var bothTests = finding.Burst.InBurst && finding.Volume.Fired;
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["labelled"] = finding.Labelled,
            ["total"] = finding.Total,
            ["share"] = share,
            ["burst_p0"] = finding.Burst.P0,
            ["burst_weight"] = finding.Burst.Weight,
            ["p"] = finding.Volume.P,
            ["started"] = finding.Wave.Started,
            ["joined"] = finding.Wave.Joined,
            ["expected_labelled"] = finding.Volume.Expected,
            ["ratio"] = finding.Volume.Ratio,
        };
        if (finding.UsualShare is { } usual)
            numbers["expected_share"] = usual;

        return new DetectionSignal
        {
            Kind = AlertKind.StateMediaSurge,
            Target = finding.Watched.Target,
            Watchlist = finding.Watched.Watchlist,
            WindowStart = finding.WaveStart,
            WindowEnd = finding.BinEnd,
            Severity = bothTests ? Severity.High : Severity.Medium,
            Confidence = bothTests ? 0.9 : 0.6,
            Numbers = numbers,
            Evidence = new AlertEvidence
            {
                Accounts = [.. roles.Select(role => role.First.Account)],
                LabelledAccounts = [.. roles.Select(role => $"{Describe(role.First)} — {(role.Started ? "started" : "joined")}")],
                PostKeys = [.. roles.Select(role => role.First.FirstPostKey)],
                Links = [.. roles.Select(role => role.First.FirstUrl).OfType<string>()],
            },
            Explanation = Explain(finding, share),
        };
    }

    public static string Describe(LabelledActivity activity) =>
        $"{activity.Handle} ({activity.Label.Category.ToDisplay()}, {activity.Label.Source})";

    private static string Explain(WaveFinding finding, double share)
    {
        var c = CultureInfo.InvariantCulture;
        var text = string.Create(
            c,
            $"{finding.Labelled} of {finding.Total} posts on {finding.Watched.Target.Key} between {finding.BinStart:HH:mm} and {finding.BinEnd:HH:mm} UTC " +
            $"came from state-media-labelled accounts ({share:0%} of posts; {Usual(finding.UsualShare)}).");
        if (finding.Burst.InBurst && finding.BurstStart is { } since)
            text += string.Create(c, $" Their share has been in a burst since {since:HH:mm} (burst weight {finding.Burst.Weight:0.#}).");
        if (finding.Volume.Fired)
            text += string.Create(c, $" That many labelled posts is unusual here (about {finding.Volume.Expected:0.#} expected, p = {finding.Volume.P:0.##E+0}).");

        var started = finding.Wave.Roles.Where(role => role.Started).Select(role => role.First.Handle).ToList();
        var joined = finding.Wave.Roles.Where(role => !role.Started).Select(role => role.First.Handle).ToList();
        if (started.Count > 0)
        {
            text += finding.Wave.RiseAt is { } rise
                ? string.Create(c, $" {Names(started)} posted before other accounts picked it up at {rise:HH:mm} (started the wave).")
                : $" {Names(started)} started it; other accounts have not picked it up yet.";
        }

        if (joined.Count > 0)
            text += $" {Names(joined)} joined after other accounts had already risen.";
        return text;
    }

    private static string Usual(double? share) => share is { } usual
        ? string.Create(CultureInfo.InvariantCulture, $"usually {usual:0.#%}")
        : "no earlier posts on it to compare with";

    private static string Names(List<string> handles) =>
        handles.Count <= NamesInSentence
            ? string.Join(", ", handles)
            : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", handles.Take(NamesInSentence))} and {handles.Count - NamesInSentence} more");
}
