using FactBot.Sources.Labels;

namespace FactBot.Sources.Tests.Labels;

public sealed class ProfileUrlTests
{
    [Theory]
    [InlineData("tiktok", "https://www.tiktok.com/@Sputnik.BY", "sputnik.by")]
    [InlineData("tiktok", "https://www.tiktok.com/@cna.asia?lang=en#top", "cna.asia")]
    [InlineData("tiktok", "tiktok.com/@vesti_ru/", "vesti_ru")]
    [InlineData("telegram", "https://t.me/TheStraitsTimes", "thestraitstimes")]
    [InlineData("telegram", "https://t.me/s/cnalatest", "cnalatest")]
    [InlineData("telegram", "https://telegram.me/rian_ru/", "rian_ru")]
    [InlineData("twitter", "https://www.twitter.com/cgtn", "cgtn")]
    [InlineData("twitter", "https://x.com/vestiru24?lang=en", "vestiru24")]
    [InlineData("twitter", "https://mobile.twitter.com/RT_com/status/1", "rt_com")]
    [InlineData("instagram", "https://www.instagram.com/BakhtarNA/", "bakhtarna")]
    [InlineData("facebook", "https://www.facebook.com/btv.gov.bd", "btv.gov.bd")]
    [InlineData("facebook", "https://www.facebook.com/profile.php?id=100064", "100064")]
    [InlineData("facebook", "https://www.facebook.com/روسيا بالعربية", "روسيا بالعربية")]
    [InlineData("youtube", "https://www.youtube.com/@channelnewsasia", "channelnewsasia")]
    [InlineData("youtube", "https://www.youtube.com/channel/UClzwimpLoZu9us9MwalLbtA", "uclzwimplozu9us9mwallbta")]
    [InlineData("youtube", "https://www.youtube.com/c/CGTN/videos", "cgtn")]
    [InlineData("youtube", "https://www.youtube.com/user/RussiaToday", "russiatoday")]
    [InlineData("vk", "https://vk.com/renminribao", "renminribao")]
    [InlineData("okru", "https://ok.ru/beltanews", "beltanews")]
    [InlineData("okru", "https://ok.ru/group/52226357788884", "52226357788884")]
    [InlineData("okru", "https://ok.ru/profile/5712", "5712")]
    [InlineData("rutube", "https://rutube.ru/channel/23931703/", "23931703")]
    [InlineData("linkedin", "https://www.linkedin.com/company/cgtn-america", "cgtn-america")]
    public void Handle_ProfileUrl_GivesTheNormalisedHandle(string platform, string url, string expected)
    {
        Assert.Equal(expected, ProfileUrl.Handle(platform, url));
    }

    [Theory]
    [InlineData("youtube", "https://www.youtube.com/watch?v=xbfzLTDNHNo")]
    [InlineData("tiktok", "https://www.tiktok.com/")]
    [InlineData("tiktok", "https://www.tiktok.com/tag/news")]
    [InlineData("tiktok", "https://www.youtube.com/@cgtn")]
    [InlineData("telegram", "https://t.me/+AbCdEf")]
    [InlineData("telegram", "https://t.me/joinchat/AbCdEf")]
    [InlineData("rutube", "https://rutube.ru/video/abc/")]
    [InlineData("linkedin", "https://www.linkedin.com/feed/")]
    [InlineData("facebook", "https://www.facebook.com/profile.php")]
    [InlineData("twitter", "mailto:someone@example.org")]
    [InlineData("twitter", "")]
    [InlineData("mastodon", "https://mastodon.social/@someone")]
    public void Handle_LinkWithoutAnAccount_IsNull(string platform, string url)
    {
        Assert.Null(ProfileUrl.Handle(platform, url));
    }
}
