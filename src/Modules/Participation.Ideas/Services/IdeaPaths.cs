namespace Participation.Ideas.Services;

/// <summary>The public addresses of topics and ideas, in one place for pages, emails and workflows.</summary>
public static class IdeaPaths
{
    public const string Root = "/ideas";

    public static string Topic(string topicId) => $"{Root}/{topicId}";

    public static string Idea(string ideaId) => $"{Root}/idea/{ideaId}";
}
