namespace FactBot.Core.Results;

/// <summary>An expected failure, returned as a value. Exceptions are for bugs.</summary>
/// <param name="Message">A sentence a user or operator can act on.</param>
public abstract record Error(string Message);

/// <summary>The caller's input is wrong; nothing was changed.</summary>
public sealed record InvalidArgument(string Argument, string Message) : Error(Message);

/// <summary>The thing asked for does not exist.</summary>
public sealed record NotFound(string Message) : Error(Message);

/// <summary>A platform or API asked us to wait.</summary>
public sealed record RateLimited(TimeSpan RetryAfter, string Message) : Error(Message);

/// <summary>A platform is down or answered with a transient error; retrying later may work.</summary>
public sealed record Unavailable(string Message) : Error(Message)
{
    /// <summary>The request went out and no answer came (a timeout): the platform may have shown the message.</summary>
    public bool MaybeDelivered { get; init; }
}

/// <summary>The chat has a new id (a Telegram group upgraded to a supergroup): send there instead.</summary>
public sealed record ChatMoved(string ChatId, string Message) : Error(Message);

/// <summary>A platform refused for good (bot removed, chat gone); retrying will not help.</summary>
public sealed record PermanentFailure(string Message) : Error(Message);

/// <summary>The caller may not do this.</summary>
public sealed record Forbidden(string Message) : Error(Message);

/// <summary>A source record could not be read; <see cref="Position"/> says where.</summary>
/// <param name="Field">The post field at fault (e.g. <c>createdAt</c>), when one is; null when the whole record is.</param>
public sealed record MalformedRecord(string Position, string Message, string? Field = null) : Error(Message)
{
    /// <summary>Whether one record was lost or the rest of the file (reports and exit codes tell them apart).</summary>
    public ReadProblem Problem { get; init; } = ReadProblem.Record;
}
