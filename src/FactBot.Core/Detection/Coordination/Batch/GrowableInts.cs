namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>An int list without List's bounds and version checks, for the detector's inner loop.</summary>
/// <remarks>A mutable struct: pass it by ref, never copy it.</remarks>
internal struct GrowableInts(int capacity)
{
    /// <summary>The backing array; items past <see cref="Count"/> are garbage.</summary>
    public int[] Items = new int[Math.Max(capacity, 4)];

    public int Count;

    public void Add(int value)
    {
        if (Count == Items.Length)
            Array.Resize(ref Items, Items.Length * 2);

        Items[Count++] = value;
    }
}
