namespace FactBot.Core.Posts;

/// <summary>A stored post with its store sequence number: the order posts were stored in, which is the order the
/// detectors saw them, so a restart can show them to the detectors again in that order.</summary>
public readonly record struct SequencedPost(long Sequence, Post Post);
