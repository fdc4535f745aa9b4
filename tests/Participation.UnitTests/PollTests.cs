using Participation.Polls;
using Participation.Polls.Domain;
using Participation.Polls.Models;

namespace Participation.UnitTests;

/// <summary>The ballot rules, without a web server.</summary>
public class BallotRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static PollPart Poll(bool multiple = false, int max = 1, PollEligibility eligibility = PollEligibility.SignedIn) => new()
    {
        Options = [new() { Id = "a", TextAr = "أ" }, new() { Id = "b", TextAr = "ب" }, new() { Id = "c", TextAr = "ج" }],
        MultipleChoice = multiple, MaxChoices = max, StartsUtc = Now.AddDays(-1), EndsUtc = Now.AddDays(1), Eligibility = eligibility,
    };

    private static string? Problem(PollPart poll, string[] options, string stage = PollLifecycle.Open, DateTime? at = null, bool verified = false)
        => BallotRules.Check(poll, stage, options, at ?? Now, verified)?.Message;

    [Fact]
    public void A_ballot_within_the_rules_passes()
    {
        Assert.Null(Problem(Poll(), ["b"]));
        Assert.Null(Problem(Poll(multiple: true, max: 2), ["a", "c"]));
    }

    [Theory]
    [InlineData(new string[0], "Choose an option.")]
    [InlineData(new[] { "a", "a" }, "Each option can be chosen once.")]
    [InlineData(new[] { "z" }, "That option is not part of this poll.")]
    [InlineData(new[] { "a", "b" }, "Choose one option only.")]
    public void A_bad_choice_is_named(string[] options, string expected) => Assert.Equal(expected, Problem(Poll(), options));

    [Fact]
    public void Multiple_choice_stops_at_its_maximum_and_says_it()
    {
        var problem = BallotRules.Check(Poll(multiple: true, max: 2), PollLifecycle.Open, ["a", "b", "c"], Now, false)!;
        Assert.Equal("Choose at most 1 option.", problem.Message);
        var plural = Assert.IsType<Participation.Localization.PluralArgument>(Assert.Single(problem.Arguments));
        Assert.Equal(2, plural.Count);
        Assert.Equal("Choose at most {0} options.", plural.Plural);
    }

    [Fact]
    public void Voting_happens_only_while_open_and_within_the_period()
    {
        Assert.Equal("This poll is not open for voting.", Problem(Poll(), ["a"], PollLifecycle.Draft));
        Assert.Equal("This poll is not open for voting.", Problem(Poll(), ["a"], at: Now.AddDays(-2)));
        Assert.Equal("Voting in this poll has ended.", Problem(Poll(), ["a"], at: Now.AddDays(1)));
        Assert.Equal("Voting in this poll has ended.", Problem(Poll(), ["a"], PollLifecycle.Archived));
    }

    [Fact]
    public void A_poll_for_verified_identities_refuses_the_others()
    {
        Assert.NotNull(Problem(Poll(eligibility: PollEligibility.VerifiedIdentity), ["a"]));
        Assert.Null(Problem(Poll(eligibility: PollEligibility.VerifiedIdentity), ["a"], verified: true));
    }

    [Fact]
    public void Percentages_are_of_the_voters_to_one_decimal()
    {
        Assert.Equal(33.3, BallotRules.Percent(1, 3));
        Assert.Equal(0, BallotRules.Percent(0, 0));
        Assert.Equal(100, BallotRules.Percent(7, 7));
    }

    [Fact]
    public void Shares_are_written_with_the_sign_right_after_the_number()
    {
        Assert.Equal("50%", PollPercent.Format(50));
        Assert.Equal("33.3%", PollPercent.Format(BallotRules.Percent(1, 3)));
        Assert.Equal("0%", PollPercent.Format(0));
    }
}
