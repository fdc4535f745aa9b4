using Participation.Workflows.Activities.Tasks;

namespace Participation.Workflows.Drivers;

/// <summary>The email form without recipients: the notice always goes to the item's followers.</summary>
public sealed class NotifySubscribersTaskDisplayDriver(IEnumerable<IRecipientResolver> recipientKinds) : EmailTaskDisplayDriver<NotifySubscribersTask>(recipientKinds)
{
    protected override bool HasRecipients => false;
}
