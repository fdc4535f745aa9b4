using System.Net;

namespace Participation.Testing;

/// <summary>Marks every request of a client as coming from one address, which <see cref="ClientAddressStartupFilter"/> gives the site.</summary>
public sealed class ClientAddressHandler(IPAddress address) : DelegatingHandler
{
    public const string Header = "X-Test-Client-Address";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(Header);
        request.Headers.Add(Header, address.ToString());
        return base.SendAsync(request, cancellationToken);
    }
}
