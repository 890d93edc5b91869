using System.Buffers;
using System.Text.Json;

namespace FactBot.Discord.Gateway;

/// <summary>One gateway frame: <c>{"op":…,"d":…,"s":…,"t":…}</c>; <c>s</c> and <c>t</c> only on dispatches.</summary>
internal sealed record GatewayPayload(int Op, JsonElement? D = null, int? S = null, string? T = null)
{
    public static GatewayPayload Parse(ReadOnlySpan<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8.ToArray());
        var root = document.RootElement;
        JsonElement? d = root.TryGetProperty("d", out var data) && data.ValueKind != JsonValueKind.Null ? data.Clone() : null;
        int? s = root.TryGetProperty("s", out var seq) && seq.ValueKind == JsonValueKind.Number ? seq.GetInt32() : null;
        string? t = root.TryGetProperty("t", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;
        return new GatewayPayload(root.GetProperty("op").GetInt32(), d, s, t);
    }

    public static GatewayPayload Create(int op, object? data) =>
        new(op, data is null ? null : JsonSerializer.SerializeToElement(data));

    public byte[] ToUtf8()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", Op);
            writer.WritePropertyName("d");
            if (D is { } d)
                d.WriteTo(writer);
            else
                writer.WriteNullValue();
            if (S is { } s)
                writer.WriteNumber("s", s);
            if (T is { } t)
                writer.WriteString("t", t);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>For logs: Identify and Resume carry the token, so their data is never shown.</summary>
    public override string ToString() => Op is GatewayOpCode.Identify or GatewayOpCode.Resume
        ? $"op {Op} (data withheld)"
        : $"op {Op}{(T is null ? "" : " " + T)}{(S is null ? "" : $" s={S}")}";
}
