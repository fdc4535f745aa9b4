namespace Participation.Benchmarks.Cases;

/// <summary>A public page of the sample site and a text it must contain (the check that the right page answered).</summary>
public sealed record PublicPage(string Name, string Path, string Expected)
{
    /// <summary>The anonymous pages, on the sample recipe's content.</summary>
    public static readonly PublicPage[] Sample =
    [
        new("home", "/", "<main"),
        new("consultation list", "/consultations", "ممرات مشاة مظللة"),
        new("consultation page", "/shaded-walkways", "ممرات مشاة مظللة"),
        new("poll page", "/park-hours-poll", "متى تفضّل"),
        new("polls archive", "/polls/archive", "<main"),
        new("complaint form", "/requests/complaint", "<form"),
    ];
}
