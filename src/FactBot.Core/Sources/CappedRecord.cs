namespace FactBot.Core.Sources;

/// <summary>A stored record with fields cut to their caps (or dropped): named in reports, never silent.</summary>
/// <param name="Position">The record's resume position.</param>
/// <param name="Where">Where the record is, for people (<c>file.jsonl:12</c>).</param>
/// <param name="Fields">The post fields that were cut or dropped, e.g. <c>text</c>, <c>hashtags</c>.</param>
public sealed record CappedRecord(string Position, string Where, IReadOnlyList<string> Fields);
