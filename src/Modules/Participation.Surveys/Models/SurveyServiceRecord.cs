namespace Participation.Surveys.Models;

/// <summary>A service the agency evaluates (issuing a permit, a call centre…), answered for by a department.</summary>
public sealed class SurveyServiceRecord
{
    public long Id { get; set; }
    /// <summary>Stable key used by recipes and surveys, e.g. <c>building-permits</c>.</summary>
    public string Key { get; set; } = "";
    public string NameAr { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string DepartmentKey { get; set; } = "";
    public bool IsActive { get; set; } = true;

    public string Name(string culture) => Bilingual.Pick(culture, NameAr, NameEn);
}
