using Participation.Ideas.Domain;

namespace Participation.UnitTests;

/// <summary>The study's feasibility scales and the bulk answer's template, without a web server.</summary>
public class IdeaStudyRulesTests
{
    [Fact]
    public void An_assessment_needs_a_cost_band_an_effort_and_an_impact_on_the_scale()
    {
        Assert.Null(FeasibilityRules.Check("Low", "High", "Medium", null));
        Assert.Equal("Choose the cost band.", FeasibilityRules.Check(null, "High", "Medium", null)?.Message);
        Assert.Equal("Choose the effort.", FeasibilityRules.Check("Low", "Enormous", "Medium", null)?.Message);
        Assert.Equal("Choose the expected impact.", FeasibilityRules.Check("Low", "High", "", null)?.Message);
        Assert.Equal("The notes take at most {0} characters.", FeasibilityRules.Check("Low", "High", "Medium", new string('x', FeasibilityRules.NotesMax + 1))?.Message);
    }

    [Fact]
    public void A_bulk_answer_names_each_idea_and_its_supports()
        => Assert.Equal("فكرة «ممرات مظللة» نالت 12 تأييداً؛ {other} يبقى.", AnswerTemplate.Render("فكرة «{title}» نالت {supports} تأييداً؛ {other} يبقى.", "ممرات مظللة", 12));
}
