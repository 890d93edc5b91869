using System.IO.Compression;
using System.Text;
using FactBot.Sources.Demo;

namespace FactBot.Sources.Tests.Demo;

public sealed class DeterministicGzipTests
{
    [Fact]
    public void Compress_Text_DecompressesWithGZipStream()
    {
        var data = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2_000).Select(i => $"line {i} 🤜🤛\n")));

        var compressed = DeterministicGzip.Compress(data);

        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        Assert.Equal(data, output.ToArray());
        Assert.True(compressed.Length < data.Length / 4);
    }

    [Fact]
    public void Compress_AnyInput_WritesAHeaderWithoutTimeOrOperatingSystem()
    {
        var compressed = DeterministicGzip.Compress(Encoding.UTF8.GetBytes("fist bump"));

        Assert.Equal(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF }, compressed[..10]);
    }

    [Theory]
    [InlineData("", 0x0000_0000u)]
    [InlineData("123456789", 0xCBF4_3926u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414F_A339u)]
    public void Crc32Compute_KnownVectors_MatchIeee(string text, uint expected)
    {
        Assert.Equal(expected, Crc32.Compute(Encoding.ASCII.GetBytes(text)));
    }
}
