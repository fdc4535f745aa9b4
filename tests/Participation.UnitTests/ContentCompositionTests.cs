using Participation.ContentManagement;
using Participation.ContentManagement.Metadata;
using Participation.ContentManagement.Models;
using Participation.Polls.Models;

namespace Participation.UnitTests;

/// <summary>Content types are composed by part name; a module adds its part to another module's type.</summary>
public sealed class ContentCompositionTests
{
    private static readonly ContentPartRegistration[] Parts =
        [new(typeof(TitlePart)), new(typeof(AutoroutePart)), new(typeof(LocalizationPart)), new(typeof(MarkdownBodyPart)), new(typeof(Participation.Comments.CommentsPart)), new(typeof(PollPart)), new(typeof(PollWidgetPart))];

    [Fact]
    public void The_polls_module_places_its_widget_on_pages_without_the_pages_module_knowing_it()
    {
        var definitions = new ContentDefinitionManager([new Participation.Pages.ContentTypes(), new Participation.Polls.ContentTypes()], Parts);

        var page = definitions.GetType("Page")!;
        Assert.True(page.HasPart(nameof(PollWidgetPart)));
        Assert.Equal(typeof(PollWidgetPart), definitions.GetPartType(nameof(PollWidgetPart)));
    }

    [Fact]
    public void Without_the_polls_module_a_page_has_no_widget_and_nothing_fails()
    {
        var definitions = new ContentDefinitionManager([new Participation.Pages.ContentTypes()], Parts);

        Assert.False(definitions.GetType("Page")!.HasPart(nameof(PollWidgetPart)));
    }

    [Fact]
    public void A_type_naming_a_part_no_module_registers_is_refused_with_both_names()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ContentDefinitionManager([new Participation.Pages.ContentTypes()], Parts.Where(p => p.PartType != typeof(MarkdownBodyPart))));

        Assert.Contains("'Page'", error.Message);
        Assert.Contains("'MarkdownBodyPart'", error.Message);
    }
}
