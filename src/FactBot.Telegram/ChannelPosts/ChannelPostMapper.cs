using System.Globalization;
using System.Text.Json;
using FactBot.Core.Posts;
using FactBot.Telegram.Delivery;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactBot.Telegram.ChannelPosts;

/// <summary>
/// A channel post as a FactBot <see cref="Post"/>. Its id is <c>{chat id}/{message id}</c> (message ids are per chat);
/// the channel is the author. Hashtags come from Telegram's own entities, whose offsets are UTF-16 code units, the
/// unit of .NET strings, so an emoji before a hashtag does not shift it. An audio track or voice note is the post's
/// sound (<c>file_unique_id</c> is the same for every copy of a file, so re-posted audio matches); other media go to
/// the media fingerprints. A post forwarded from a channel is a repost of that channel's post.
/// </summary>
internal static class ChannelPostMapper
{
    public const string Source = "telegram-channel";

    public static Post Map(Message post, DateTimeOffset observedAt)
    {
        var chat = post.Chat;
        var text = post.Text ?? post.Caption ?? "";
        var entities = post.Text is not null ? post.Entities : post.CaptionEntities;
        return new Post
        {
            Platform = ChatTarget.Platform,
            Source = Source,
            PlatformPostId = PostId(chat.Id, post.MessageId),
            Url = Url(chat, post.MessageId),
            AuthorKey = chat.Id.ToString(CultureInfo.InvariantCulture),
            AuthorHandle = chat.Username is { Length: > 0 } username ? username : chat.Id.ToString(CultureInfo.InvariantCulture),
            AuthorDisplayName = chat.Title,
            CreatedAt = new DateTimeOffset(DateTime.SpecifyKind(post.Date, DateTimeKind.Utc)),
            ObservedAt = observedAt,
            Text = text,
            Hashtags = Hashtags(text, entities),
            SoundId = post.Audio?.FileUniqueId ?? post.Voice?.FileUniqueId,
            SoundTitle = SoundTitle(post),
            MediaFingerprints = MediaFingerprints(post),
            ReplyToKey = post.ReplyToMessage is { } replied ? PostKey.Of(ChatTarget.Platform, PostId(chat.Id, replied.MessageId)) : null,
            RepostOfKey = post.ForwardOrigin is MessageOriginChannel origin
                ? PostKey.Of(ChatTarget.Platform, PostId(origin.Chat.Id, origin.MessageId))
                : null,
            RawJson = JsonSerializer.Serialize(post, JsonBotAPI.Options),
        };
    }

    public static string PostId(long chatId, int messageId) =>
        string.Create(CultureInfo.InvariantCulture, $"{chatId}/{messageId}");

    /// <summary>The hashtag entities' text, as Telegram marked it (out-of-range entities are skipped).</summary>
    internal static List<string> Hashtags(string text, MessageEntity[]? entities)
    {
        var tags = new List<string>();
        foreach (var entity in entities ?? [])
        {
            if (entity.Type == MessageEntityType.Hashtag && entity.Offset >= 0 && entity.Length > 0 && entity.Offset + entity.Length <= text.Length)
                tags.Add(text.Substring(entity.Offset, entity.Length));
        }

        return tags;
    }

    private static string? Url(Chat chat, int messageId)
    {
        if (chat.Username is { Length: > 0 } username)
            return string.Create(CultureInfo.InvariantCulture, $"https://t.me/{username}/{messageId}");
        // A private channel's link uses its id without the -100 prefix; members can open it.
        var id = chat.Id.ToString(CultureInfo.InvariantCulture);
        return id.StartsWith("-100", StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"https://t.me/c/{id[4..]}/{messageId}")
            : null;
    }

    private static string? SoundTitle(Message post) => post.Audio is { } audio
        ? string.Join(" – ", new[] { audio.Performer, audio.Title }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } title ? title : audio.FileName
        : null;

    private static List<string> MediaFingerprints(Message post)
    {
        var ids = new List<string?>
        {
            post.Video?.FileUniqueId,
            post.VideoNote?.FileUniqueId,
            post.Animation?.FileUniqueId,
            post.Document?.FileUniqueId,
            post.Photo is { Length: > 0 } sizes ? sizes[^1].FileUniqueId : null,
        };
        return [.. ids.OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)];
    }
}
