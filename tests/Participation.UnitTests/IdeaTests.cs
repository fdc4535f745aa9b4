using Participation.Data;
using Participation.Ideas;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;
using Participation.Ideas.Services;
using Participation.Search.Services;

namespace Participation.UnitTests;

/// <summary>The support and submission rules of ideas, without a web server.</summary>
public class IdeaRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static IdeaTopicPart Topic(int? limit = null, bool own = false, IdeaEligibility eligibility = IdeaEligibility.SignedIn) => new()
    {
        SubmissionEndsUtc = Now.AddDays(7), SupportEndsUtc = Now.AddDays(14), SupportLimit = limit, AuthorsMaySupportOwn = own, Eligibility = eligibility, Categories = ["السلامة"],
    };

    private static string? Support(IdeaTopicPart topic, string stage = IdeaTopicLifecycle.Open, string status = IdeaStatus.Published, bool author = false, DateTime? at = null, bool verified = false)
        => SupportRules.CanSupport(topic, stage, status, author, at ?? Now, verified)?.Message;

    [Fact]
    public void A_published_idea_may_be_supported_while_ideas_or_supports_are_taken()
    {
        Assert.Null(Support(Topic()));
        Assert.Null(Support(Topic(), IdeaTopicLifecycle.Supporting));
        Assert.Null(Support(Topic(), status: IdeaStatus.UnderStudy));
    }

    [Theory]
    [InlineData(IdeaTopicLifecycle.Studying, IdeaStatus.Published, "Supporting ideas in this topic has ended.")]
    [InlineData(IdeaTopicLifecycle.Draft, IdeaStatus.Published, "Supporting ideas in this topic has ended.")]
    [InlineData(IdeaTopicLifecycle.Open, IdeaStatus.Withdrawn, "Its author withdrew this idea: it can no longer be supported.")]
    [InlineData(IdeaTopicLifecycle.Open, IdeaStatus.Merged, "This idea was merged into another: support that one instead.")]
    [InlineData(IdeaTopicLifecycle.Open, IdeaStatus.Pending, "This idea can no longer be supported.")]
    [InlineData(IdeaTopicLifecycle.Open, IdeaStatus.Accepted, "This idea can no longer be supported.")]
    public void A_support_outside_the_rules_is_refused_with_the_reason(string stage, string status, string expected) => Assert.Equal(expected, Support(Topic(), stage, status));

    [Fact]
    public void The_support_period_ends_supports_and_their_withdrawal()
    {
        Assert.Equal("Supporting ideas in this topic has ended.", Support(Topic(), at: Now.AddDays(14)));
        Assert.Equal("Supporting ideas in this topic has ended.", SupportRules.CanWithdraw(Topic(), IdeaTopicLifecycle.Supporting, Now.AddDays(15))?.Message);
        Assert.Null(SupportRules.CanWithdraw(Topic(), IdeaTopicLifecycle.Supporting, Now));
    }

    [Fact]
    public void An_author_supports_their_own_idea_only_where_the_topic_allows_it()
    {
        Assert.Equal("You cannot support your own idea in this topic.", Support(Topic(), author: true));
        Assert.Null(Support(Topic(own: true), author: true));
    }

    [Fact]
    public void A_topic_for_verified_identities_refuses_others()
    {
        Assert.StartsWith("This topic is open to verified identities only", Support(Topic(eligibility: IdeaEligibility.VerifiedIdentity)));
        Assert.Null(Support(Topic(eligibility: IdeaEligibility.VerifiedIdentity), verified: true));
    }

    [Theory]
    [InlineData(null, 5, null)]
    [InlineData(3, 0, 3)]
    [InlineData(3, 2, 1)]
    [InlineData(3, 3, 0)]
    [InlineData(3, 4, 0)]
    public void The_supports_left_are_the_limit_less_those_used(int? limit, long used, int? left) => Assert.Equal(left, SupportRules.Left(Topic(limit), used));

    [Fact]
    public void An_idea_needs_a_title_a_description_and_one_of_the_topics_categories()
    {
        Assert.Empty(SubmissionRules.Check(Topic(), "إنارة الممرات في الحدائق", new string('ن', 40), "السلامة"));
        var problems = SubmissionRules.Check(Topic(), "  ", new string('ن', 5000), "أخرى");
        Assert.Equal(["Title", "Description", "Category"], problems.Select(p => p.Field));
        Assert.Equal("Write the idea's title.", problems[0].Problem.Message);
        Assert.Equal("The description takes {0} to {1} characters.", problems[1].Problem.Message);
        Assert.Equal("The title takes {0} to {1} characters.", SubmissionRules.Check(Topic(), "قصير", new string('ن', 40), "السلامة")[0].Problem.Message);
    }

    [Fact]
    public void Ideas_are_taken_only_while_the_topic_is_open_for_them()
    {
        Assert.Null(SubmissionRules.CanSubmit(Topic(), IdeaTopicLifecycle.Open, Now, false));
        Assert.Equal("This topic is not taking new ideas.", SubmissionRules.CanSubmit(Topic(), IdeaTopicLifecycle.Supporting, Now, false)?.Message);
        Assert.Equal("This topic is not taking new ideas.", SubmissionRules.CanSubmit(Topic(), IdeaTopicLifecycle.Open, Now.AddDays(8), false)?.Message);
    }

    [Theory]
    [InlineData(IdeaStatus.Pending, 0, null)]
    [InlineData(IdeaStatus.Published, 0, null)]
    [InlineData(IdeaStatus.Published, 1, "People support this idea already: it can no longer be changed, so that they keep supporting what they read.")]
    [InlineData(IdeaStatus.UnderStudy, 0, "This idea can no longer be changed.")]
    [InlineData(IdeaStatus.Withdrawn, 0, "This idea can no longer be changed.")]
    public void The_author_changes_an_idea_until_its_first_support(string status, long supports, string? expected) => Assert.Equal(expected, SubmissionRules.CanEdit(status, supports)?.Message);

    [Theory]
    [InlineData(IdeaStatus.Pending, true)]
    [InlineData(IdeaStatus.UnderStudy, true)]
    [InlineData(IdeaStatus.Accepted, false)]
    [InlineData(IdeaStatus.Withdrawn, false)]
    public void The_author_withdraws_an_idea_until_it_is_decided(string status, bool allowed) => Assert.Equal(allowed, SubmissionRules.CanWithdraw(status) is null);
}

/// <summary>The trending order: supports decayed by age, stored as a key that time does not reorder.</summary>
public class TrendingScoreTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static double Heat(DateTime published, params DateTime[] supports) => supports.Aggregate(TrendingScore.Start(published), TrendingScore.Add);

    [Fact]
    public void A_support_of_today_weighs_one_and_halves_every_three_days()
    {
        var heat = Heat(Now.AddDays(-30), Now, Now.AddDays(-3), Now.AddDays(-6));
        // 1 + ½ + ¼, and the publication a month ago adds next to nothing.
        Assert.Equal(1.75, TrendingScore.ValueAt(heat, Now), 2);
        Assert.Equal(0.875, TrendingScore.ValueAt(heat, Now.AddDays(3)), 2);
    }

    [Fact]
    public void Ten_supports_this_week_outrank_thirty_a_month_ago_though_fewer()
    {
        var recent = Heat(Now.AddDays(-7), [.. Enumerable.Range(0, 10).Select(i => Now.AddDays(-i * 0.5))]);
        var old = Heat(Now.AddDays(-40), [.. Enumerable.Range(0, 30).Select(i => Now.AddDays(-30 - i * 0.1))]);
        Assert.True(recent > old);
    }

    [Fact]
    public void A_new_idea_starts_level_with_an_old_one_that_has_one_fresh_support()
    {
        var fresh = TrendingScore.Start(Now);
        var old = Heat(Now.AddDays(-60), Now);
        Assert.Equal(TrendingScore.ValueAt(fresh, Now), TrendingScore.ValueAt(old, Now), 3);
    }

    [Fact]
    public void The_order_of_two_ideas_never_changes_as_time_passes()
    {
        var a = Heat(Now.AddDays(-5), Now.AddDays(-1), Now.AddDays(-2));
        var b = Heat(Now.AddDays(-5), Now.AddDays(-4), Now.AddDays(-4), Now.AddDays(-4));
        foreach (var later in new[] { 0, 1, 10, 100 })
            Assert.Equal(a > b, TrendingScore.ValueAt(a, Now.AddDays(later)) > TrendingScore.ValueAt(b, Now.AddDays(later)));
    }

    [Fact]
    public void Taking_a_support_back_removes_its_weight_and_never_goes_below_the_publication()
    {
        var published = Now.AddDays(-2);
        var withOne = Heat(published, Now.AddDays(-1));
        var withTwo = TrendingScore.Add(withOne, Now);
        Assert.Equal(withOne, TrendingScore.Remove(withTwo, Now, published), 9);
        Assert.Equal(TrendingScore.Start(published), TrendingScore.Remove(TrendingScore.Remove(withOne, Now.AddDays(-1), published), Now, published), 9);
    }
}

/// <summary>Similar ideas through the Lucene index: Arabic spelling variants found, unrelated ideas not.</summary>
public sealed class IdeaSimilarityTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("participation-ideas-");
    private readonly LuceneSearchIndex _index;
    private readonly IdeaSearch _search;

    public IdeaSimilarityTests()
    {
        _index = new LuceneSearchIndex(new DataFolder(_data.FullName));
        _search = new IdeaSearch(_index);
    }

    public void Dispose()
    {
        _index.Dispose();
        _data.Delete(recursive: true);
    }

    private async Task SeedAsync()
    {
        foreach (var (id, topic, title) in new[]
        {
            ("lights", "parks", "إنارة الحدائق العامة ليلاً"),
            ("benches", "parks", "مقاعد مظللة في الحدائق"),
            ("library", "parks", "مكتبة متنقلة للأطفال"),
            ("other-topic", "roads", "إنارة الطرق السريعة"),
        })
            await _index.IndexAsync(IdeaSearch.IndexName, new(id, "ar", new Dictionary<string, string> { ["title"] = title, ["description"] = "" }, new Dictionary<string, string> { ["topic"] = topic }));
    }

    [Theory]
    [InlineData("انارة الحدائق")] // alef without hamza
    [InlineData("إنارَة الحَدائِق")] // diacritics
    [InlineData("إناره الحدائق")] // taa marbuta as haa
    [InlineData("إنـــارة الحدائق")] // tatweel
    [InlineData("الإنارة في حديقة الحي")] // singular, with the article
    public async Task Arabic_spelling_variants_find_the_similar_idea_first(string title)
    {
        await SeedAsync();
        var similar = await _search.SimilarAsync("parks", title, 5);
        Assert.Equal("lights", similar[0]);
        Assert.DoesNotContain("other-topic", similar);
        Assert.DoesNotContain("library", similar);
    }

    [Fact]
    public async Task An_unrelated_title_finds_nothing_and_the_idea_itself_is_left_out()
    {
        await SeedAsync();
        Assert.Empty(await _search.SimilarAsync("parks", "تقليل زمن الانتظار في المستشفيات", 5));
        Assert.DoesNotContain("lights", await _search.SimilarAsync("parks", "إنارة الحدائق العامة ليلاً", 5, except: "lights"));
    }

    [Fact]
    public async Task Yaa_and_alef_maqsura_are_the_same_letter()
    {
        await _index.IndexAsync(IdeaSearch.IndexName, new("clinic", "ar", new Dictionary<string, string> { ["title"] = "مستشفى ميداني للطوارئ", ["description"] = "" }, new Dictionary<string, string> { ["topic"] = "health" }));
        Assert.Equal(["clinic"], await _search.SimilarAsync("health", "مستشفي للطوارئ", 5));
    }
}
