using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Importing recipe files from the admin: all or nothing, with the broken step named.</summary>
public class RecipeTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    private static async Task<HttpResponseMessage> ImportAsync(HttpClient admin, string json)
    {
        var page = await admin.GetDocumentAsync("/admin/recipes");
        var token = page.QuerySelector("form[action='/admin/recipes/import'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "file", "site.recipe.json" } };
        return await admin.PostAsync("/admin/recipes/import", form);
    }

    private static async Task<string> NoticeAsync(HttpClient admin, string css)
        => (await admin.GetDocumentAsync("/admin/recipes?culture=en")).QuerySelector(css)?.TextContent ?? "";

    [Fact]
    public async Task A_recipe_with_a_broken_step_changes_nothing_and_says_which_step_and_field()
    {
        var admin = await fixture.AdminAsync();
        var json = """
            { "name": "Partial", "steps": [
                { "name": "settings", "SiteNameEn": "Changed by a broken recipe" },
                { "name": "content", "data": [ { "ContentType": "Page", "TitlePart": { "Title": "Should not exist" }, "Bogus": {} } ] }
            ] }
            """;

        Assert.Equal(HttpStatusCode.Redirect, (await ImportAsync(admin, json)).StatusCode);

        var error = await NoticeAsync(admin, ".notice-error");
        Assert.Contains("step 2 ('content')", error);
        Assert.Contains("field 'data[0].Bogus'", error);
        Assert.DoesNotContain("Changed by a broken recipe", (await admin.GetDocumentAsync("/?culture=en")).QuerySelector(".brand")!.TextContent);
        Assert.DoesNotContain("Should not exist", await (await admin.GetAsync("/admin/contents")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_step_is_refused_before_anything_runs()
    {
        var admin = await fixture.AdminAsync();
        await ImportAsync(admin, """{ "name": "Odd", "steps": [ { "name": "settings", "AgencyNameEn": "Odd agency" }, { "name": "Teleport" } ] }""");
        var error = await NoticeAsync(admin, ".notice-error");
        Assert.Contains("no module handles the step 'Teleport'", error);
        Assert.DoesNotContain("Odd agency", await (await admin.GetAsync("/?culture=en")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_a_recipe_is_refused_with_the_reason()
    {
        var admin = await fixture.AdminAsync();
        await ImportAsync(admin, "{ \"name\": \"x\", ");
        Assert.Contains("not valid JSON", await NoticeAsync(admin, ".notice-error"));
    }

    [Fact]
    public async Task A_good_recipe_applies_settings_roles_and_content_together()
    {
        var admin = await fixture.AdminAsync();
        var json = """
            { "name": "Extra", "displayName": "Extra pages", "steps": [
                { "name": "settings", "AgencyNameEn": "Ministry of Testing" },
                { "name": "Roles", "Roles": [ { "Name": "Translator", "Description": "Keeps the English pages", "Permissions": ["AccessAdminPanel", "EditContent"] } ] },
                { "name": "content", "data": [ { "ContentItemId": "faq-en", "ContentType": "Page", "Published": true,
                    "TitlePart": { "Title": "Questions" }, "AutoroutePart": { "Path": "faq" }, "LocalizationPart": { "Culture": "en" },
                    "MarkdownBodyPart": { "Markdown": "Ask us." } } ] }
            ] }
            """;
        await ImportAsync(admin, json);

        Assert.Contains("Extra pages", await NoticeAsync(admin, ".notice[role=status]"));
        Assert.Contains("Ministry of Testing", await (await admin.GetAsync("/?culture=en")).Content.ReadAsStringAsync());
        Assert.Equal("Questions", (await fixture.Site.CreateSiteClient().GetDocumentAsync("/faq?culture=en")).QuerySelector("article h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/roles/Translator")).StatusCode);
    }

    [Fact]
    public async Task A_survey_recipe_imports_its_services_and_sections_and_names_a_bad_service_or_condition()
    {
        var admin = await fixture.AdminAsync();
        await ImportAsync(admin, """
            { "name": "Survey", "steps": [
                { "name": "SurveyServices", "Services": [ { "Key": "water-bills", "NameAr": "فواتير المياه", "NameEn": "Water bills", "Department": "planning" } ] },
                { "name": "content", "data": [ { "ContentItemId": "recipe-survey", "ContentType": "Survey", "TitlePart": { "Title": "رضا المتعاملين عن الفواتير" }, "AutoroutePart": { "Path": "water-bills-survey" },
                  "SurveyPart": { "Services": [ "water-bills" ], "EndsUtc": "@now+10d", "Sections": [
                    { "Id": "s1", "TitleAr": "الفاتورة", "Questions": [ { "Id": "q1", "Kind": "Rating", "TextAr": "ما مدى رضاك عن وضوح الفاتورة؟", "Required": true } ] },
                    { "Id": "s2", "TitleAr": "الشكاوى", "Condition": { "QuestionId": "q1", "Values": [ "1", "2" ] }, "Questions": [ { "Id": "q2", "Kind": "LongText", "TextAr": "ما المشكلة؟" } ] } ] } } ] }
            ] }
            """);
        Assert.Equal("", await NoticeAsync(admin, ".notice-error"));
        var preview = await admin.GetDocumentAsync("/admin/surveys/recipe-survey/preview/ar");
        Assert.Equal(["s1", "s2"], preview.QuerySelectorAll("section.survey-section h2").Select(h => h.Id!.Replace("section-", "")));

        await ImportAsync(admin, """{ "name": "Bad", "steps": [ { "name": "SurveyServices", "Services": [ { "Key": "x", "NameAr": "س", "NameEn": "X", "Department": "nowhere" } ] } ] }""");
        var error = await NoticeAsync(admin, ".notice-error");
        Assert.Contains("step 1 ('SurveyServices')", error);
        Assert.Contains("field 'Services[0].Department'", error);

        await ImportAsync(admin, """
            { "name": "Bad", "steps": [ { "name": "content", "data": [ { "ContentType": "Survey", "TitlePart": { "Title": "شرط لاحق" }, "AutoroutePart": { "Path": "later-condition" },
              "SurveyPart": { "Sections": [ { "Id": "s1", "TitleAr": "أ", "Condition": { "QuestionId": "q1", "Values": [ "yes" ] }, "Questions": [ { "Id": "q1", "Kind": "YesNo", "TextAr": "؟" } ] } ] } } ] } ] }
            """);
        error = await NoticeAsync(admin, ".notice-error");
        Assert.Contains("field 'data[0].SurveyPart.Sections'", error);
        Assert.Contains("A condition must refer to an earlier question.", error);
    }

    [Fact]
    public async Task An_idea_statuses_recipe_defines_its_statuses_once_and_names_a_bad_field()
    {
        var admin = await fixture.AdminAsync();
        const string recipe = """
            { "name": "Statuses", "steps": [ { "name": "IdeaStatuses", "Statuses": [
                { "Key": "funded", "NameAr": "رُصدت لها ميزانية", "NameEn": "Funded", "CountsAs": "Accepted" } ] } ] }
            """;
        await ImportAsync(admin, recipe);
        Assert.Equal("", await NoticeAsync(admin, ".notice-error"));
        // Run again, it changes nothing and refuses nothing: the key is defined already.
        await ImportAsync(admin, recipe);
        Assert.Equal("", await NoticeAsync(admin, ".notice-error"));
        var rows = (await admin.GetDocumentAsync("/admin/ideas/statuses?culture=en")).QuerySelectorAll("tbody tr").Where(r => r.TextContent.Contains("Funded")).ToList();
        Assert.Single(rows);
        Assert.Contains("رُصدت لها ميزانية", rows[0].TextContent);

        await ImportAsync(admin, """{ "name": "Bad", "steps": [ { "name": "IdeaStatuses", "Statuses": [ { "Key": "half-done", "NameAr": "منجزة جزئيًا", "NameEn": "Partly done" } ] } ] }""");
        var error = await NoticeAsync(admin, ".notice-error");
        Assert.Contains("step 1 ('IdeaStatuses')", error);
        Assert.Contains("field 'Statuses[0]'", error);
        Assert.Contains("Choose what the status counts as.", error);
    }
}
