using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.UnitTests;

/// <summary>Which service a response counts for, and how a recipient's columns are kept for the analysis by attribute.</summary>
public class SurveyRespondentServiceTests
{
    private static readonly SurveyServiceRecord Permits = new() { Key = "building-permits", NameAr = "إصدار رخص البناء", NameEn = "Building permits", DepartmentKey = "planning" };
    private static readonly SurveyServiceRecord Transport = new() { Key = "public-transport", NameAr = "خدمات النقل العام", NameEn = "Public transport", DepartmentKey = "transport" };
    private static readonly SurveyServiceRecord Buses = new() { Key = "buses", NameAr = "الحافلات", NameEn = "Buses", DepartmentKey = "transport" };

    [Fact]
    public void A_responses_service_is_its_service_column_else_its_answering_department_else_the_surveys_only_service()
    {
        IReadOnlyList<SurveyServiceRecord> known = [Permits, Transport, Buses];
        // The column names a service by key, Arabic or English name, in any case; a name of no service is not guessed.
        Assert.Equal("building-permits", RespondentService.Of(" Building-Permits ", null, [Transport], known));
        Assert.Equal("public-transport", RespondentService.Of("خدمات النقل العام", "planning", [Permits], known));
        Assert.Equal("buses", RespondentService.Of("BUSES", null, [], known));
        Assert.Null(RespondentService.Of("الإسكان", null, [Permits], known));
        // Without the column: the department whose answer the follow-up rates, when exactly one evaluated service is its.
        Assert.Equal("building-permits", RespondentService.Of(null, "planning", [Permits, Transport], known));
        Assert.Null(RespondentService.Of(null, "transport", [Transport, Buses], known));
        Assert.Null(RespondentService.Of(null, "finance", [Permits], known));
        // Neither: the survey's service when it evaluates one only.
        Assert.Equal("building-permits", RespondentService.Of("  ", null, [Permits], known));
        Assert.Null(RespondentService.Of(null, null, [Permits, Transport], known));
    }

    [Fact]
    public void A_recipients_columns_become_one_row_a_name_with_the_service_column_under_its_one_name()
    {
        var rows = SurveyRecipientAttribute.Of("s", "t:7", new Dictionary<string, string> { ["Region"] = " الرياض ", ["SERVICE"] = "buses", ["note"] = " ", [" "] = "x" }).ToList();
        Assert.Equal([("Region", "الرياض"), ("service", "buses")], rows.Select(r => (r.Name, r.Value)));
        Assert.All(rows, r => Assert.Equal(("s", "t:7"), (r.SurveyId, r.RespondentKey)));
    }
}
