using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Participation.Diagnostics;

namespace Participation.IntegrationTests;

/// <summary>The figures an operator scrapes: a request taken in moves its counter once, under its kind.</summary>
public class OperatorCounterTests(RequestSite fixture) : IClassFixture<RequestSite>
{
    [Fact]
    public async Task A_complaint_taken_in_counts_once_under_its_kind()
    {
        // This site's meter only: the other tests' sites count on meters of their own.
        var meter = ParticipationMeter.Create(fixture.Site.Services.GetRequiredService<IMeterFactory>());
        var counted = new List<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter, meter) && instrument.Name == "participation.requests.accepted") l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            lock (counted) counted.Add($"{value} {string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"))}");
        });
        listener.Start();

        await fixture.FileAsync(fixture.Site.CreateSiteClient(), "complaint", $"count-{Guid.NewGuid():N}@mail.example", "إنارة الشارع معطلة", new() { ["Category"] = "public-spaces" });

        lock (counted) Assert.Equal(["1 kind=complaint"], counted);
    }
}
