using System.Globalization;

namespace FactBot.Sources.Tests.TikTok.Support;

/// <summary>One video of the fake's dataset; its JSON has the id as a bare number, as the real API sends it.</summary>
internal sealed record FakeVideo(string Id, string Value, DateTimeOffset CreatedAt)
{
    public DateOnly Day => DateOnly.FromDateTime(CreatedAt.UtcDateTime);

    public string Json => string.Create(CultureInfo.InvariantCulture,
        $$"""{"id":{{Id}},"create_time":{{CreatedAt.ToUnixTimeSeconds()}},"username":"user_{{Id[^3..]}}","region_code":"RU","video_description":"about {{Value}}","music_id":7000000000000000001,"hashtag_names":["{{Value}}"],"view_count":10}""");
}
