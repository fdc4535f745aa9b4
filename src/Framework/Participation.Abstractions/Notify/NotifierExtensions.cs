using Microsoft.Extensions.Localization;

namespace Participation.Notify;

public static class NotifierExtensions
{
    public static void Success(this INotifier notifier, LocalizedString message) => notifier.Add(NotifyType.Success, message);
    public static void Information(this INotifier notifier, LocalizedString message) => notifier.Add(NotifyType.Information, message);
    public static void Warning(this INotifier notifier, LocalizedString message) => notifier.Add(NotifyType.Warning, message);
    public static void Error(this INotifier notifier, LocalizedString message) => notifier.Add(NotifyType.Error, message);
}
