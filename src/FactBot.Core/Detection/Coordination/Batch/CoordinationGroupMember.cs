namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>An account of a coordinated group and how many coordinated edges it has.</summary>
internal sealed record CoordinationGroupMember(string Account, int CoordinatedDegree);
