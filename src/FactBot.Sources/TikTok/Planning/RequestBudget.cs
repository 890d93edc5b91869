namespace FactBot.Sources.TikTok.Planning;

/// <summary>How many requests one query may still send in this poll (its fair share of the poll's allowance).</summary>
internal sealed class RequestBudget(int allowed)
{
    public int Allowed { get; } = allowed;

    public int Used { get; private set; }

    public int Remaining => Allowed - Used;

    public bool TryTake()
    {
        if (Used >= Allowed)
            return false;
        Used++;
        return true;
    }
}
