using FactBot.Core.Messages;

namespace FactBot.Worker.Tests.Charts;

/// <summary>Chart requests and PNG reading for the renderer tests.</summary>
internal static class ChartSamples
{
    public static readonly DateTimeOffset Start = new(2022, 3, 6, 15, 0, 0, TimeSpan.Zero);

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>48 hourly bins with a daily rhythm and an expectation on every bin; the last bin is <paramref name="last"/>.</summary>
    public static ChartRequest Hourly(int last = 60, Func<int, int>? count = null, bool highlight = true)
    {
        var points = new ChartPoint[48];
        for (var i = 0; i < points.Length; i++)
        {
            var expected = 10 + (6 * Math.Sin(i * Math.PI / 12));
            var n = i == points.Length - 1 ? last : count?.Invoke(i) ?? (int)Math.Round(expected);
            points[i] = new ChartPoint(Start.AddHours(i), n, expected, Math.Max(0, expected - 6), expected + 6);
        }

        return new ChartRequest
        {
            Title = "#donbas",
            Series = new ChartSeries(TimeSpan.FromHours(1), points),
            Highlight = highlight ? new ChartHighlight(Start.AddHours(47), Start.AddHours(48), "Volume surge") : null,
        };
    }

    public static bool IsPng(byte[] bytes) => bytes.Length > Signature.Length && bytes.AsSpan(0, Signature.Length).SequenceEqual(Signature);

    /// <summary>Width and height from the IHDR chunk, which a PNG must start with.</summary>
    public static (int Width, int Height) Size(byte[] png)
    {
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)),
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
