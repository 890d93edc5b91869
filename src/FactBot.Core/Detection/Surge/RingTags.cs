namespace FactBot.Core.Detection.Surge;

/// <summary>
/// A <see cref="BinnedCounter"/>'s per-slot baseline tags (0 to 3), four to a byte: a ring's 192 of them in 48 bytes.
/// </summary>
internal readonly struct RingTags(int capacity)
{
    private readonly byte[] _bits = new byte[(capacity + 3) / 4];

    public byte this[int slot]
    {
        get => (byte)((_bits[slot >> 2] >> ((slot & 3) << 1)) & 3);
        set
        {
            var shift = (slot & 3) << 1;
            ref var bits = ref _bits[slot >> 2];
            bits = (byte)((bits & ~(3 << shift)) | ((value & 3) << shift));
        }
    }
}
