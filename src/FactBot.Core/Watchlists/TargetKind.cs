namespace FactBot.Core.Watchlists;

public enum TargetKind
{
    Hashtag,
    Sound,
    Keyword,
}
