using System.Text.RegularExpressions;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>The workflow editor as an Arabic-speaking editor reads it.</summary>
public class WorkflowEditorTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    [Fact]
    public async Task The_definition_shows_Arabic_as_itself_not_as_escapes()
    {
        var admin = await fixture.AdminAsync();
        var list = await admin.GetDocumentAsync("/admin/workflows");
        var editors = list.QuerySelectorAll("a[href^='/admin/workflows/']").Select(a => a.GetAttribute("href")!).Where(h => !h.Contains("/create") && !h.Contains('?')).Distinct().ToList();
        Assert.NotEmpty(editors);
        var arabic = 0;
        foreach (var editor in editors)
        {
            var json = (await admin.GetDocumentAsync(editor)).QuerySelector("textarea#json")?.TextContent;
            if (json is null) continue;
            Assert.DoesNotMatch(@"\\u06[0-9A-Fa-f]{2}", json);
            if (Regex.IsMatch(json, @"\p{IsArabic}{3,}")) arabic++;
        }
        Assert.True(arabic > 0, "no shipped workflow carries Arabic text to show");
    }
}
