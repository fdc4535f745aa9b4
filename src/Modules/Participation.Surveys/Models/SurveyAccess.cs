namespace Participation.Surveys.Models;

/// <summary>
/// Who answers: signed-in people (one response per account), anyone (one response per browser,
/// held by a random cookie: no account, address or name is stored with the answers, and a person
/// who clears their cookies can answer again), or invited recipients (one response per token).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<SurveyAccess>))]
public enum SurveyAccess { SignedIn, Anonymous, Invitation }
