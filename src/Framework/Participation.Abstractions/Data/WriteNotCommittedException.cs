namespace Participation.Data;

/// <summary>
/// A queued write that was not committed — a busy or unreachable database, the site stopping.
/// Not a unique-key refusal (that is an outcome of the write): the caller tells the person to
/// try again, never that it was done before.
/// </summary>
public sealed class WriteNotCommittedException(string message, Exception? innerException = null) : Exception(message, innerException);
