using FactBot.Core.Posts;
using FactBot.Core.Results;

namespace FactBot.Core.Watchlists;

/// <summary>
/// Something we watch: <c>#hashtag</c>, <c>sound:&lt;id&gt;</c> or <c>kw:&lt;text&gt;</c>.
/// <see cref="Platforms"/> empty means every platform.
/// </summary>
public sealed record WatchTarget(TargetKind Kind, string Value)
{
    public IReadOnlyList<string> Platforms { get; init; } = [];

    /// <summary>The canonical written form, used as the key everywhere.</summary>
    public string Key => Kind switch
    {
        TargetKind.Hashtag => "#" + Value,
        TargetKind.Sound => "sound:" + Value,
        _ => "kw:" + Value,
    };

    public override string ToString() => Key;

    public bool AppliesTo(string platform) => Platforms.Count == 0 || Platforms.Contains(platform, StringComparer.Ordinal);

    public static Result<WatchTarget> Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        if (TargetText.Hidden(value) is { } hidden)
        {
            return new InvalidArgument("target",
                $"'{TargetText.Shown(text)}' holds an invisible or direction-changing character ({hidden}), so it would look like one target and match another. Type it again without it.");
        }

        if (value.StartsWith('#') || value.StartsWith('＃'))
        {
            var tag = PostNormalizer.Hashtag(value);
            return tag.Length == 0 || tag.Any(char.IsWhiteSpace) ? Invalid(text)
                : tag.Length > TargetText.MaxLength ? TooLong(tag.Length)
                : new WatchTarget(TargetKind.Hashtag, tag);
        }

        if (value.StartsWith("sound:", StringComparison.OrdinalIgnoreCase))
        {
            var id = value["sound:".Length..].Trim();
            return id.Length is > 0 and <= TargetText.MaxSoundIdLength && id.All(char.IsAsciiDigit)
                ? new WatchTarget(TargetKind.Sound, id)
                : new InvalidArgument("target", $"'{TargetText.Shown(text)}' is not a sound: a sound id is the digits of its TikTok link (…/music/name-7071860473652120581), e.g. sound:7071860473652120581.");
        }

        if (value.StartsWith("kw:", StringComparison.OrdinalIgnoreCase))
        {
            var keyword = value["kw:".Length..].Trim().ToLowerInvariant();
            return keyword.Length == 0 ? Invalid(text)
                : keyword.Length > TargetText.MaxLength ? TooLong(keyword.Length)
                : new WatchTarget(TargetKind.Keyword, keyword);
        }

        return Invalid(text);
    }

    private static InvalidArgument Invalid(string? text) => new(
        "target",
        $"'{TargetText.Shown(text)}' is not a target. Write #hashtag, sound:<id> or kw:<text>.");

    private static InvalidArgument TooLong(int length) => new(
        "target",
        $"That target is {length} characters long; targets are at most {TargetText.MaxLength}.");
}
