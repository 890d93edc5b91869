namespace FactBot.Core.Posts;

/// <summary>Builds the <c>platform:id</c> key every store and detector uses for a post.</summary>
public static class PostKey
{
    public static string Of(string platform, string platformPostId) => string.Concat(platform, ":", platformPostId);
}
