using Microsoft.Extensions.Configuration;

namespace Participation.Http;

/// <summary>The site's public address (<c>Participation:PublicUrl</c>), for links in emails written outside a request.</summary>
public static class PublicUrl
{
    public static string Of(IConfiguration configuration) => (configuration["Participation:PublicUrl"] ?? "http://localhost:5000").TrimEnd('/');
}
