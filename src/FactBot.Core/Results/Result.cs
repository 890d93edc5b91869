namespace FactBot.Core.Results;

/// <summary>Success, or an <see cref="Error"/> explaining the expected failure.</summary>
public readonly record struct Result(Error? Error)
{
    public bool IsSuccess => Error is null;

    public static Result Ok() => new(null);

    public static Result Fail(Error error) => new(error);

    public static implicit operator Result(Error error) => new(error);
}
