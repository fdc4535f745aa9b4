using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Participation.Diagnostics;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// An operator who turns on <c>Participation.Start</c> at Debug reads where the start went: each
/// phase once, in the order it happened, each hosted service by name, up to the first response.
/// </summary>
public class StartLogTests
{
    [Fact]
    public async Task The_start_log_names_every_phase_up_to_the_first_response_in_order()
    {
        var logs = new RecordedLogs();
        using var site = new SiteFactory(new SiteOptions
        {
            AutoSetup = true,
            Services = services => services.AddSingleton<ILoggerProvider>(logs),
            Settings = new() { [$"Logging:LogLevel:{StartLog.Category}"] = "Debug" },
        });
        var home = await site.CreateSiteClient().GetAsync("/");
        Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);

        string[] expected = ["host building", "services registered", "pipeline built", "hosted services starting",
            "SchemaUpgrade started", "ConsultationIndexRebuild started", "server listening", "first response (200 to /)"];
        // The first response is marked when it has been sent, which may be just after the client read it.
        IReadOnlyList<string> phases = [];
        for (var attempt = 0; attempt < 100 && !phases.Contains(expected[^1]); attempt++)
        {
            phases = logs.Lines.Where(l => l.Category == StartLog.Category && l.Level == LogLevel.Debug)
                .Select(l => l.Message["Start: ".Length..l.Message.LastIndexOf(" at ", StringComparison.Ordinal)]).ToList();
            if (!phases.Contains(expected[^1])) await Task.Delay(100);
        }
        Assert.Equal(expected, phases.Where(expected.Contains));
        Assert.Equal(phases.Count, phases.Distinct().Count());
        Assert.All(logs.Lines.Where(l => l.Category == StartLog.Category), l => Assert.Matches(@"^Start: .+ at \d+ ms, \d+ ms of CPU$", l.Message));
    }
}
