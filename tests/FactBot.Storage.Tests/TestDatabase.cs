using FactBot.Storage.Database;

namespace FactBot.Storage.Tests;

/// <summary>A migrated database in a <see cref="MemoryStream"/> that can be closed and opened again, like a restart.</summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly MemoryStream _stream = new();
    private readonly bool _keepRawJson;

    public TestDatabase(bool keepRawJson = false)
    {
        _keepRawJson = keepRawJson;
        Database = FactBotDatabase.Open(_stream, keepRawJson: keepRawJson);
    }

    public FactBotDatabase Database { get; private set; }

    /// <summary>Closes the database (flushing it to the stream) and opens the same bytes again.</summary>
    public FactBotDatabase Reopen()
    {
        Database.Dispose();
        Database = FactBotDatabase.Open(_stream, keepRawJson: _keepRawJson);
        return Database;
    }

    public void Dispose()
    {
        Database.Dispose();
        _stream.Dispose();
    }
}
