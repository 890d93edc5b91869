namespace FactBot.Core.Detection.StateMedia;

/// <summary>A labelled account in a wave: its first post there, how many it made, and whether it came before the others' rise.</summary>
internal sealed record AccountRole(LabelledActivity First, int Posts, bool Started);
