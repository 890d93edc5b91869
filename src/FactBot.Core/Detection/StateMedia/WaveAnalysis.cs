namespace FactBot.Core.Detection.StateMedia;

/// <summary>When the other accounts' volume rose in a wave (null: it did not), and the labelled accounts' roles.</summary>
internal sealed record WaveAnalysis(DateTimeOffset? RiseAt, double BaselinePerBin, IReadOnlyList<AccountRole> Roles)
{
    public int Started => Roles.Count(role => role.Started);

    public int Joined => Roles.Count(role => !role.Started);
}
