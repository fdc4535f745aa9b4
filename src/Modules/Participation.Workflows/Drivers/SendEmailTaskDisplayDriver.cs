using Participation.Workflows.Activities.Tasks;

namespace Participation.Workflows.Drivers;

public sealed class SendEmailTaskDisplayDriver(IEnumerable<IRecipientResolver> recipientKinds) : EmailTaskDisplayDriver<SendEmailTask>(recipientKinds)
{
    protected override bool HasRecipients => true;
}
