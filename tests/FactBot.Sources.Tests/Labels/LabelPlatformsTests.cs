using FactBot.Sources.Labels;

namespace FactBot.Sources.Tests.Labels;

public sealed class LabelPlatformsTests
{
    [Theory]
    [InlineData("Tiktok Link", "tiktok")]
    [InlineData("TikTok", "tiktok")]
    [InlineData("Twitter Link", "twitter")]
    [InlineData("X Link", "twitter")]
    [InlineData("twitter", "twitter")]
    [InlineData("Ok.ru link", "okru")]
    [InlineData("Linkedin link", "linkedin")]
    [InlineData(" Telegram ", "telegram")]
    [InlineData("Youtube Link", "youtube")]
    [InlineData("VK Link", "vk")]
    [InlineData("Rutube Link", "rutube")]
    public void FromMatrixColumn_LinkColumn_IsItsPlatform(string header, string expected)
    {
        Assert.Equal(expected, LabelPlatforms.FromMatrixColumn(header));
    }

    [Theory]
    [InlineData("URL")]
    [InlineData("streaming media URL")]
    [InlineData("Notes")]
    [InlineData("Typology")]
    public void FromMatrixColumn_OtherColumn_IsNull(string header)
    {
        Assert.Null(LabelPlatforms.FromMatrixColumn(header));
    }
}
