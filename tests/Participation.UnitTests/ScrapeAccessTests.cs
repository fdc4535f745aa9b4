using System.Net;
using Participation.Diagnostics;

namespace Participation.UnitTests;

/// <summary>Who may read the metrics: the configured addresses and networks, nobody else.</summary>
public class ScrapeAccessTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.5.3.9", true)]
    [InlineData("10.6.0.1", false)]
    [InlineData("203.0.113.7", false)]
    public void Answers_the_listed_addresses_and_networks_only(string address, bool allowed)
        => Assert.Equal(allowed, new ScrapeAccess(["127.0.0.1", "::1", "10.5.0.0/16"]).Allows(IPAddress.Parse(address)));

    [Fact]
    public void A_request_without_an_address_is_refused()
        => Assert.False(new ScrapeAccess(["127.0.0.1"]).Allows(null));

    [Fact]
    public void A_setting_that_is_not_an_address_is_named_at_start()
        => Assert.Contains("\"monitoring-host\"", Assert.Throws<InvalidOperationException>(() => new ScrapeAccess(["monitoring-host"])).Message);
}
