using FactBot.Core.Detection.Surge;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>Everything one closed bin of one target produced, for the signal and its explanation.</summary>
/// <remarks><see cref="UsualShare"/>: the labelled share in the burst window before the wave; null when the target had no posts there.</remarks>
internal sealed record WaveFinding(
    WatchedTarget Watched,
    DateTimeOffset BinStart,
    DateTimeOffset BinEnd,
    DateTimeOffset WaveStart,
    int Labelled,
    int Total,
    SurgeEvaluation Volume,
    BurstResult Burst,
    DateTimeOffset? BurstStart,
    double? UsualShare,
    WaveAnalysis Wave);
