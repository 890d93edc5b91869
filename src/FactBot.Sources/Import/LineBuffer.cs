namespace FactBot.Sources.Import;

/// <summary>
/// The bytes of a line that spans buffer refills, up to a cap. Past the cap it stops keeping bytes
/// (<see cref="Overflowed"/>) so a giant line costs a scan, not its size in memory; after a large line it lets the
/// large array go, so one huge record does not pin megabytes for the rest of the run.
/// </summary>
internal sealed class LineBuffer(int maxBytes)
{
    private const int KeepBytes = 1024 * 1024;

    private byte[] _bytes = new byte[4096];
    private int _length;

    public bool Overflowed { get; private set; }

    public ReadOnlySpan<byte> Content => _bytes.AsSpan(0, _length);

    public void Clear()
    {
        if (_bytes.Length > KeepBytes)
            _bytes = new byte[4096];
        _length = 0;
        Overflowed = false;
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (Overflowed)
            return;
        if ((long)_length + bytes.Length > maxBytes)
        {
            Overflowed = true;
            _bytes = new byte[4096];
            _length = 0;
            return;
        }

        if (_length + bytes.Length > _bytes.Length)
            Array.Resize(ref _bytes, (int)Math.Min(maxBytes, Math.Max(_bytes.Length * 2L, _length + bytes.Length)));
        bytes.CopyTo(_bytes.AsSpan(_length));
        _length += bytes.Length;
    }
}
