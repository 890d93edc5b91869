using FactBot.Core.Labels;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>One account of the <see cref="AccountTable"/>: its key, handle, latest label and latest post time.</summary>
internal record struct AccountInfo(string Key, string Handle, AccountLabel? Label, long LastTicks);
