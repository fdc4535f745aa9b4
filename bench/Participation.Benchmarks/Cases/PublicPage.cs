namespace Participation.Benchmarks.Cases;

/// <summary>A public page of the sample site and a text it must contain (the check that the right page answered).</summary>
public sealed record PublicPage(string Name, string Path, string Expected)
{
    /// <summary>The anonymous pages, on the sample recipe's content (its idea topic, idea and survey too).</summary>
    public static readonly PublicPage[] Sample =
    [
        new("home", "/", "<main"),
        new("consultation list", "/consultations", "ممرات مشاة مظللة"),
        new("consultation page", "/shaded-walkways", "ممرات مشاة مظللة"),
        new("poll page", "/park-hours-poll", "متى تفضّل"),
        new("polls archive", "/polls/archive", "<main"),
        new("complaint form", "/requests/complaint", "<form"),
        new("ideas list", "/ideas", "كيف نجعل الحدائق العامة"),
        new("idea topic page", "/ideas/idea-topic-parks", "مظلات وأشجار فوق ممرات المشي"),
        new("idea page", "/ideas/idea/idea-park-shade", "مظلات وأشجار فوق ممرات المشي"),
        new("surveys list", "/surveys", "استبيان رضا المتعاملين"),
        new("results", "/results", "<main"),
    ];
}
