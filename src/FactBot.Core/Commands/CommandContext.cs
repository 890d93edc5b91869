namespace FactBot.Core.Commands;

/// <summary>Everything a handler needs: the request, its spec, the checked arguments and the caller's role.</summary>
public sealed record CommandContext(CommandRequest Request, CommandSpec Spec, CommandArguments Arguments, CommandRole Role)
{
    /// <summary>How the audit log names the caller.</summary>
    public string Actor => Request.Caller.ToString();
}
