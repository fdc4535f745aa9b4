namespace Participation.Surveys.Models;

/// <summary>
/// Whether the public sees a survey's results (its choice, scale and yes/no figures, never a
/// written answer): never, from its opening on (decidim#15260 asks for results during the
/// survey), or once it has closed.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<SurveyResultsVisibility>))]
public enum SurveyResultsVisibility { Never, WhileOpen, AfterClosing }
