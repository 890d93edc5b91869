namespace FactBot.Core.Detection.Coordination.Objects;

/// <summary>One object of a post as the streaming detector keys it: no strings, so a post's keys cost no allocation.</summary>
/// <param name="Id">The object's 64-bit id (as <see cref="ObjectKey.Id"/>).</param>
/// <param name="Kind">Which kind of object it is.</param>
internal readonly record struct ObjectRef(ulong Id, ObjectKinds Kind);
