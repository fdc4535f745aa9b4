using System.Security.Cryptography;
using System.Text;
using Participation.Surveys.Models;

namespace Participation.Surveys.Domain;

/// <summary>
/// Single-use invitation tokens: 32 random bytes in the link, only their SHA-256 stored. A token
/// opens its own survey only, while it takes answers, until its response is submitted.
/// </summary>
public static class InvitationToken
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool LooksValid(string? token) => token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static AnswerProblem? Check(SurveyInvitation? invitation, string surveyId, bool responded)
    {
        if (invitation is null || invitation.SurveyId != surveyId || invitation.SentUtc is null) return new("This invitation link is not valid for this survey.");
        if (responded) return new("This invitation has already been used: the survey was answered.");
        return null;
    }
}
