namespace FactBot.Sources.Demo;

/// <summary>An organic hashtag of the background traffic.</summary>
/// <param name="Hashtag">Normalised hashtag, without '#'.</param>
/// <param name="PeakPerHour">
/// Expected posts per hour with this as the main hashtag at the evening peak; other hours follow the daily cycle.
/// </param>
public sealed record DemoTopic(string Hashtag, double PeakPerHour);
