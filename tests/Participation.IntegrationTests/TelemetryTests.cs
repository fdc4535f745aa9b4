using System.Net;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// The metrics an operator scrapes: off by default (no endpoint at all), and when on, answered
/// only to the addresses configured, judged by the client's real address behind the proxy.
/// (The business counters are checked on the cluster, where each node is its own process.)
/// </summary>
public class TelemetryTests
{
    [Fact]
    public async Task Without_configuration_there_are_no_metrics_to_scrape()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true });
        var response = await site.CreateSiteClient(IPAddress.Loopback).GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task With_metrics_on_the_scrape_answers_the_allowed_addresses_only_and_a_visitor_behind_the_proxy_gets_a_404()
    {
        using var site = new SiteFactory(new SiteOptions
        {
            AutoSetup = true,
            Settings = new()
            {
                ["Participation:Telemetry:Metrics"] = "true",
                ["Participation:Telemetry:ScrapeFrom:0"] = "127.0.0.1",
                ["Participation:Telemetry:ScrapeFrom:1"] = "10.20.0.0/16",
            },
        });
        Assert.Equal(HttpStatusCode.OK, (await site.CreateSiteClient().GetAsync("/")).StatusCode);

        var monitoring = await PrometheusScrape.ReadAsync(site.CreateSiteClient(IPAddress.Parse("10.20.3.4")));
        Assert.True(monitoring.Has("http_server_request_duration_seconds_count"), "no ASP.NET Core request metrics");
        Assert.True(monitoring.Has("participation_outbox_backlog"), "no outbox backlog gauge");
        Assert.True(monitoring.Has("participation_workflow_events_backlog"), "no workflow backlog gauge");
        await PrometheusScrape.ReadAsync(site.CreateSiteClient(IPAddress.Loopback));

        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateSiteClient(IPAddress.Parse("203.0.113.7")).GetAsync("/metrics")).StatusCode);
        // nginx on this machine passes a visitor on from loopback: the visitor's address decides.
        var throughProxy = site.CreateSiteClient(IPAddress.Loopback);
        throughProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        Assert.Equal(HttpStatusCode.NotFound, (await throughProxy.GetAsync("/metrics")).StatusCode);
    }
}
