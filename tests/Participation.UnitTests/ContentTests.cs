using Participation.ContentManagement;
using Participation.ContentManagement.Models;
using Participation.Contents.Services;
using Participation.Html;

namespace Participation.UnitTests;

public class SlugTests
{
    [Theory]
    [InlineData("سياسة المشاركة", "سياسة-المشاركة")]
    [InlineData("  مُسْتَقْبَلُ   النَّقْل!! ", "مستقبل-النقل")]
    [InlineData("الـــتعليم", "التعليم")]
    [InlineData("Public Transport: 2030 plan", "public-transport-2030-plan")]
    [InlineData("?!", "")]
    public void Makes_readable_paths_from_Arabic_and_English_titles(string title, string expected)
        => Assert.Equal(expected, Slug.FromTitle(title));

    [Theory]
    [InlineData("about", true)]
    [InlineData("policies/privacy", true)]
    [InlineData("سياسة-المشاركة", true)]
    [InlineData("with space", false)]
    [InlineData("a//b", false)]
    [InlineData("../etc", false)]
    [InlineData("", false)]
    public void Accepts_only_well_formed_paths(string path, bool valid) => Assert.Equal(valid, Slug.IsValidPath(path));
}

public class ContentItemTests
{
    [Fact]
    public void Parts_round_trip_through_the_stored_document()
    {
        var item = new ContentItem { ContentType = "Page" };
        item.Apply(new TitlePart { Title = "عن المنصة" }).Alter<AutoroutePart>(p => p.Path = "about");

        var stored = new ContentItem { Data = item.Data };

        Assert.Equal("عن المنصة", stored.As<TitlePart>().Title);
        Assert.Equal("about", stored.As<AutoroutePart>().Path);
        Assert.False(stored.Has<MarkdownBodyPart>());
        Assert.Equal("", stored.As<MarkdownBodyPart>().Markdown);
    }

    [Fact]
    public void A_new_version_carries_the_parts_but_not_the_row_or_flags()
    {
        var published = new ContentItem { Id = 7, ContentItemId = "x", ContentItemVersionId = "v1", Number = 1, Published = true, Latest = true };
        published.Apply(new TitlePart { Title = "v1" });

        var draft = published.CloneAsNewVersion("v2");

        Assert.Equal(0, draft.Id);
        Assert.Equal(2, draft.Number);
        Assert.Equal("x", draft.ContentItemId);
        Assert.False(draft.Published);
        Assert.Equal("v1", draft.As<TitlePart>().Title);
    }

    [Fact]
    public void Ids_are_26_url_safe_characters_and_do_not_repeat()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => IdGenerator.NewId()).ToList();
        Assert.All(ids, id => Assert.Matches("^[0-9a-z]{26}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Renders_Markdown_and_Arabic_text()
    {
        var html = _renderer.ToSafeHtml("## ما نجمعه\n\n- **اسم العرض**");
        Assert.Contains("<h2", html);
        Assert.Contains("ما نجمعه", html);
        Assert.Contains("<strong>اسم العرض</strong>", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    public void Never_lets_script_through(string markdown)
    {
        // Raw HTML comes out as text (escaped); a javascript: link loses its target.
        var html = _renderer.ToSafeHtml(markdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Links_are_marked_nofollow()
        => Assert.Contains("rel=\"nofollow noopener noreferrer\"", _renderer.ToSafeHtml("[site](https://example.org)"));

    [Theory]
    [InlineData("# Notice {style=\"position:fixed;inset:0;background:#fff\"}")]
    [InlineData("[link](https://example.org){style=\"position:fixed;inset:0\"}")]
    public void Drops_style_attributes_so_text_cannot_cover_the_page(string markdown)
    {
        var html = _renderer.ToSafeHtml(markdown);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("position", html, StringComparison.OrdinalIgnoreCase);
    }
}
