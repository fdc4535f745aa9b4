namespace Participation.Surveys.Models;

/// <summary>The kinds of question a survey asks; the scales (rating, NPS, effort, Likert) have fixed ranges.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<QuestionKind>))]
public enum QuestionKind
{
    SingleChoice,
    MultipleChoice,
    /// <summary>Satisfaction 1–5; CSAT is the share of 4 and 5.</summary>
    Rating,
    /// <summary>Recommendation 0–10; NPS is the share of 9–10 minus the share of 0–6.</summary>
    Nps,
    /// <summary>Customer effort 1–7; CES is the mean.</summary>
    Effort,
    /// <summary>Rows rated on one 1–5 agreement scale.</summary>
    Likert,
    Ranking,
    ShortText,
    LongText,
    Number,
    Date,
    YesNo,
}
