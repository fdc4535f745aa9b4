namespace Participation.Comments;

public static class CommentLimits
{
    public const int MaxLength = 2000;
    public static readonly string[] Stances = ["agree", "disagree", "suggestion"];
}
