namespace FactBot.Worker.Tests.Crash;

/// <summary>When to kill a child: <see cref="Delay"/> after <see cref="Reached"/> first holds for it.</summary>
internal sealed record KillMoment(string Name, Func<ChildProcess, bool> Reached, TimeSpan Delay);
