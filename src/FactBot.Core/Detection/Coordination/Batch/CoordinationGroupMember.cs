namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>An account of a coordinated group and how many coordinated edges it has.</summary>
public sealed record CoordinationGroupMember(string Account, int CoordinatedDegree);
