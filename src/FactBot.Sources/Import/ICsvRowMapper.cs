using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Sources.Csv;

namespace FactBot.Sources.Import;

/// <summary>Maps one data row of a CSV export, its columns already located from the header.</summary>
internal interface ICsvRowMapper
{
    /// <summary>The post, or a <see cref="MalformedRecord"/> whose message says which cell is wrong (the caller adds the position).</summary>
    Result<Post> Map(CsvRow row, DateTimeOffset observedAt);
}
