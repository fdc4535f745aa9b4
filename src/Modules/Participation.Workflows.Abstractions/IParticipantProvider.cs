namespace Participation.Workflows;

/// <summary>Who took part in a content item (commented, voted, contributed), for "email the participants".</summary>
public interface IParticipantProvider
{
    Task<IReadOnlyList<Participant>> GetParticipantsAsync(string contentItemId);
}
