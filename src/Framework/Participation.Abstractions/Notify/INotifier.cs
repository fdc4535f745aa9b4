using Microsoft.Extensions.Localization;

namespace Participation.Notify;

/// <summary>
/// The notices shown at the top of the next page the person sees (Orchard's <c>INotifier</c>):
/// an action adds them, usually before a redirect; the layout shows each once.
/// </summary>
public interface INotifier
{
    void Add(NotifyType type, LocalizedString message);

    /// <summary>The notices not shown yet; they are not shown again after this request.</summary>
    IReadOnlyList<NotifyEntry> List();
}
