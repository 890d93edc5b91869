using FactBot.Core.Detection.Surge;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>Everything one closed bin of one target produced, for the signal and its explanation.</summary>
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
    WaveAnalysis Wave);
