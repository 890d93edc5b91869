using FactBot.Core.Posts;
using FactBot.Core.Results;

namespace FactBot.Sources.Mastodon;

/// <summary>One status of a page: its instance-local id (null when missing) and the post, or why it could not be read.</summary>
internal sealed record MastodonStatus(string? Id, Result<Post> Post);
