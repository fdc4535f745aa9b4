namespace Participation.Transparency;

/// <summary>
/// One module's figures of a period, for the staff dashboard and the monthly impact report:
/// counts aggregated by the database over the module's own tables, optionally for one
/// department. Registered as <c>services.AddScoped&lt;IImpactFigures, …&gt;()</c>, like the results.
/// </summary>
public interface IImpactFigures
{
    /// <summary>The section's key and order, as <see cref="IParticipationResults.Tool"/>.</summary>
    string Tool { get; }

    int Position { get; }

    Task<ImpactSection> ComputeAsync(ImpactQuery query);
}
