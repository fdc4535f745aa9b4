namespace Participation.Requests.Services;

/// <summary>
/// What an action on a request came to, for the notice the person sees: the English text
/// (translated where it is shown) and its arguments.
/// </summary>
public sealed record CaseOutcome(bool Succeeded, string Message, params object[] Arguments)
{
    public static CaseOutcome Done(string message, params object[] arguments) => new(true, message, arguments);

    public static CaseOutcome Refused(string message, params object[] arguments) => new(false, message, arguments);
}
