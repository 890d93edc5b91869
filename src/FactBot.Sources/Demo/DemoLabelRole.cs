namespace FactBot.Sources.Demo;

/// <summary>What a labelled account does in the planted wave.</summary>
public enum DemoLabelRole
{
    /// <summary>Posts on the surge sound and hashtag first, before the organic rise and the coordinated waves.</summary>
    Starter,

    /// <summary>Joins after the first coordinated wave.</summary>
    Joiner,
}
