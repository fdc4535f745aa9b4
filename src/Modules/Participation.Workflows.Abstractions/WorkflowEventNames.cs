namespace Participation.Workflows;

/// <summary>
/// The names of the content events the workflows raise; workflow types start on them. A module
/// raising its own events names them after its event activities (<c>nameof(…Event)</c>).
/// </summary>
public static class WorkflowEventNames
{
    public const string ContentCreated = "ContentCreatedEvent";
    public const string ContentPublished = "ContentPublishedEvent";
    public const string ContentUnpublished = "ContentUnpublishedEvent";
    public const string ContentStageChanged = "ContentStageChangedEvent";
    public const string ContentDateReached = "ContentDateTimerEvent";
}
