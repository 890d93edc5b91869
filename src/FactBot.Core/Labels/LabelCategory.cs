namespace FactBot.Core.Labels;

/// <summary>What a curated list says an account is. Typology codes of the state-media matrix map onto these.</summary>
public enum LabelCategory
{
    /// <summary>Funded, managed and editorially controlled by a state (matrix code SC).</summary>
    StateControlled,

    /// <summary>A public or private outlet captured by the state (matrix codes CaPu, CaPr).</summary>
    StateCaptured,

    /// <summary>State-funded or state-managed but editorially independent (ISF, ISM, ISFM, IP).</summary>
    StateFundedIndependent,

    /// <summary>A government body or official.</summary>
    Government,

    /// <summary>A diplomat or embassy.</summary>
    Diplomat,
}
