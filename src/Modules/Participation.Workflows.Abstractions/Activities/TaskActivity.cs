namespace Participation.Workflows.Activities;

/// <summary>Does work and returns the outcome that picks the next step.</summary>
public abstract class TaskActivity : Activity
{
    public abstract Task<string> ExecuteAsync(IActivityExecutionContext context);
}
