namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>A component with the stable id it carries across recomputations, and whether it grew since last announced.</summary>
internal sealed record TrackedGroup(string Id, CoordinatedComponent Component, bool Changed);
