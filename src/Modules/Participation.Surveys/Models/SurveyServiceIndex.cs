namespace Participation.Surveys.Models;

/// <summary>
/// A service the latest version of a survey evaluates, a row per (service, survey): an Orchard index
/// table kept by <see cref="Handlers.SurveyServiceIndexHandler"/>, so a service's trend finds its
/// surveys by key instead of reading every survey.
/// </summary>
public sealed class SurveyServiceIndex
{
    public string ServiceKey { get; set; } = "";
    public string SurveyId { get; set; } = "";
}
