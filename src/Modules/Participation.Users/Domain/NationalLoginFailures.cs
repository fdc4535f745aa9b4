using System.Net.Sockets;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Participation.Users.Domain;

/// <summary>Sorts what the OpenID Connect handler failed with into what the person is told.</summary>
public static class NationalLoginFailures
{
    public static NationalLoginProblem Classify(Exception? failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or SocketException or TaskCanceledException) return NationalLoginProblem.Unavailable;
            // IDX20803: the provider's metadata could not be fetched.
            if (e.Message.Contains("IDX20803", StringComparison.Ordinal)) return NationalLoginProblem.Unavailable;
            if (e.Message.Contains("access_denied", StringComparison.Ordinal)) return NationalLoginProblem.Cancelled;
            // The correlation cookie (state) was missing or used, the nonce did not match, or the code was spent or expired.
            if (e is OpenIdConnectProtocolInvalidNonceException || e.Message.Contains("Correlation failed", StringComparison.Ordinal)
                || e.Message.Contains("invalid_grant", StringComparison.Ordinal) || e.Message.Contains("state", StringComparison.OrdinalIgnoreCase))
                return NationalLoginProblem.Expired;
        }
        return NationalLoginProblem.Failed;
    }
}
