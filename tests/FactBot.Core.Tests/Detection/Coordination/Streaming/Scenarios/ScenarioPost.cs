using FactBot.Core.Posts;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;

/// <summary>A generated post and whether it belongs to a planted coordinated group (and which).</summary>
internal sealed record ScenarioPost(Post Post, string? PlantedGroup);
