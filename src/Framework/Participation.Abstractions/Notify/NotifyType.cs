namespace Participation.Notify;

/// <summary>How a notice reads: done, for information, a warning, or something that went wrong.</summary>
public enum NotifyType { Success, Information, Warning, Error }
