using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Voting under load and under failure on PostgreSQL, as <see cref="PollTests"/> on SQLite.</summary>
[Collection(PostgresCollection.Name)]
public class PostgresVotingTests(PostgresServer postgres)
{
    private PollSite NewSite() => new("Postgres", postgres.ConnectionString(PostgresTests.NewDatabase()));

    [Fact]
    public async Task Many_voters_at_once_and_one_voter_in_many_tabs_leave_exact_counts()
    {
        using var site = NewSite();
        await VotingScenarios.ManyVotersAndOneVoterInManyTabsAsync(site);
    }

    [Fact]
    public async Task A_failing_database_is_never_answered_already_voted()
    {
        using var site = NewSite();
        await VotingScenarios.AFailingDatabaseIsNeverTakenForASecondBallotAsync(site);
    }

    [Fact]
    public Task An_acknowledged_vote_is_in_the_database_after_the_site_stops()
        => VotingScenarios.AnAcknowledgedVoteOutlivesTheSiteAsync("Postgres", postgres.ConnectionString(PostgresTests.NewDatabase()));
}
