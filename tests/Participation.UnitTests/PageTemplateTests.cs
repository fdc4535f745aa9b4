using System.Text;
using Participation.Caching;

namespace Participation.UnitTests;

/// <summary>The template signed-in people share: each gets their token in every form, and only where the template's own marker is.</summary>
public class PageTemplateTests
{
    private const string Marker = "tokenmarkerqwertyuiopasdfghjklzxcv";

    private static PageTemplate Template(string html) => new(Marker, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    [Fact]
    public void Every_form_gets_the_persons_token_and_the_text_around_it_is_kept_byte_for_byte()
    {
        var html = $"<form><input value=\"{Marker}\"></form><p>نص عربي tokenmarker</p><form><input value=\"{Marker}\"></form>";
        var filled = Encoding.UTF8.GetString(Template(html).Fill("CfDJ8personal"));
        Assert.Equal("<form><input value=\"CfDJ8personal\"></form><p>نص عربي tokenmarker</p><form><input value=\"CfDJ8personal\"></form>", filled);
    }

    [Fact]
    public void A_marker_of_another_template_is_left_as_written()
    {
        var other = "tokenmarkerzyxwvutsrqponmlkjihgfedcba";
        var template = Template($"<p>{other}</p>");
        Assert.False(template.HasMarker);
        Assert.Equal($"<p>{other}</p>", Encoding.UTF8.GetString(template.Fill("CfDJ8personal")));
    }

    [Fact]
    public void A_kept_template_reads_back_as_it_was_and_anything_else_is_not_one()
    {
        var template = Template("<main>صفحة</main>");
        var read = PageTemplate.Read(template.ToBytes())!;
        Assert.Equal((template.TokenMarker, template.ContentType), (read.TokenMarker, read.ContentType));
        Assert.Equal(template.Body, read.Body);
        Assert.Null(PageTemplate.Read("{\"json\":1}"u8));
    }
}
