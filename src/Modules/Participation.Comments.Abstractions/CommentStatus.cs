namespace Participation.Comments;

public enum CommentStatus { Pending, Published, Hidden }
