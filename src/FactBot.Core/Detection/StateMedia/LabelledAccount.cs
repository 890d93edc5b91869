using FactBot.Core.Labels;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>A labelled account as its posts name it: platform, key, handle and label, shared by all the window entries that name it.</summary>
internal sealed record LabelledAccount(string Platform, string Key, string Handle, AccountLabel Label);
