namespace Participation.Surveys.Domain;

/// <summary>A period's figures: completed responses and the scores (null when nobody answered the question, or it has none).</summary>
public sealed record TrendPoint(TrendPeriod Period, long Completed, double? Csat, double? Nps, double? Ces);
