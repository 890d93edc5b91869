namespace FactBot.Sources.Csv;

/// <summary>Column lookup by name, case-insensitive and trimmed, because list maintainers rename and recase headers.</summary>
internal sealed class CsvHeader(CsvRow row)
{
    public IReadOnlyList<string> Names { get; } = row.Fields.Select(name => name.Trim()).ToList();

    public int Count => Names.Count;

    /// <summary>The index of the first column named any of <paramref name="names"/>, or -1.</summary>
    public int IndexOf(params string[] names)
    {
        foreach (var name in names)
        {
            for (var i = 0; i < Names.Count; i++)
            {
                if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
                    return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether <paramref name="row"/> has non-empty cells beyond the header: an unquoted comma shifted its columns,
    /// so no cell can be trusted to be what its header says.
    /// </summary>
    public bool IsShifted(CsvRow row) => row.Fields.Skip(Count).Any(field => !string.IsNullOrWhiteSpace(field));
}
