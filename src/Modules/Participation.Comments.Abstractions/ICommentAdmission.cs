using Microsoft.Extensions.Localization;
using Participation.ContentManagement;

namespace Participation.Comments;

/// <summary>
/// A module's say on whether one of its items takes comments now, beyond the part's switch and
/// the lifecycle's Open stage (an idea withdrawn or merged keeps its page but takes no more).
/// The comments module asks every one before it stores a comment.
/// </summary>
public interface ICommentAdmission
{
    /// <summary>Null when the item may take a comment; otherwise why not, localised.</summary>
    Task<LocalizedString?> RefusalAsync(ContentItem item);
}
