using System.Text;
using Participation.Caching;

namespace Participation.UnitTests;

/// <summary>
/// The template signed-in people share: each gets their token in every form and their own block in
/// every slot, and only where the template's own markers are.
/// </summary>
public class PageTemplateTests
{
    private const string Marker = "tokenmarkerqwertyuiopasdfghjklzxcv";

    private static PageTemplate Template(string html, params FragmentSlot[] slots) => new(Marker, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html), slots);

    private static string Fill(PageTemplate template, string token, params string[] blocks)
        => Encoding.UTF8.GetString(template.Fill(() => token, [.. blocks.Select(Encoding.UTF8.GetBytes)]));

    [Fact]
    public void Every_form_gets_the_persons_token_and_the_text_around_it_is_kept_byte_for_byte()
    {
        var html = $"<form><input value=\"{Marker}\"></form><p>نص عربي tokenmarker</p><form><input value=\"{Marker}\"></form>";
        Assert.Equal("<form><input value=\"CfDJ8personal\"></form><p>نص عربي tokenmarker</p><form><input value=\"CfDJ8personal\"></form>", Fill(Template(html), "CfDJ8personal"));
    }

    [Fact]
    public void A_marker_of_another_template_is_left_as_written_and_no_token_is_made_for_a_page_without_a_form()
    {
        var other = "tokenmarkerzyxwvutsrqponmlkjihgfedcba";
        var made = 0;
        var filled = Template($"<p>{other}</p>").Fill(() => { made++; return "CfDJ8personal"; }, []);
        Assert.Equal($"<p>{other}</p>", Encoding.UTF8.GetString(filled));
        Assert.Equal(0, made);
    }

    [Fact]
    public void Each_slot_gets_its_own_block_in_order_and_a_form_inside_a_block_keeps_the_token_it_was_given()
    {
        var slots = new[] { new FragmentSlot("poll", "a"), new FragmentSlot("follow", "a"), new FragmentSlot("poll", "b") };
        var html = $"<main>{PageTemplate.SlotMarker(Marker, 0)}<form><input value=\"{Marker}\"></form>{PageTemplate.SlotMarker(Marker, 1)}|{PageTemplate.SlotMarker(Marker, 2)}</main>";
        var filled = Fill(Template(html, slots), "CfDJ8personal", "<p>صوّتَّ</p>", "<form><input value=\"CfDJ8block\"></form>", "");
        Assert.Equal("<main><p>صوّتَّ</p><form><input value=\"CfDJ8personal\"></form><form><input value=\"CfDJ8block\"></form>|</main>", filled);
    }

    [Fact]
    public void Slots_past_the_twenty_sixth_are_numbered_apart()
    {
        Assert.NotEqual(PageTemplate.SlotMarker(Marker, 1), PageTemplate.SlotMarker(Marker, 26));
        var html = $"{PageTemplate.SlotMarker(Marker, 26)}{PageTemplate.SlotMarker(Marker, 1)}";
        var blocks = Enumerable.Range(0, 27).Select(i => $"[{i}]").ToArray();
        Assert.Equal("[26][1]", Fill(Template(html, [.. Enumerable.Range(0, 27).Select(i => new FragmentSlot("poll", i.ToString()))]), "t", blocks));
    }

    [Fact]
    public void A_kept_template_reads_back_as_it_was_with_its_slots_and_anything_else_is_not_one()
    {
        var template = Template("<main>صفحة</main>", new FragmentSlot("poll", "abc:widget"), new FragmentSlot("comment-terms", ""), new FragmentSlot("odd name", "key with\nlines"));
        var read = PageTemplate.Read(template.ToBytes())!;
        Assert.Equal((template.TokenMarker, template.ContentType), (read.TokenMarker, read.ContentType));
        Assert.Equal(template.Body, read.Body);
        Assert.Equal(template.Fragments, read.Fragments);
        Assert.Null(PageTemplate.Read("{\"json\":1}"u8));
        Assert.Null(PageTemplate.Read("page-template:1\ntokenmarkerabc\ntext/html\n<p></p>"u8));
    }
}
