namespace Participation.Transparency;

/// <summary>
/// The site's disclosure rule, with the threshold the agency chose for open data (at
/// <c>/admin/open-data</c>): the one line under which a count of people is not published anywhere.
/// Implemented by Transparency; a module that shows counts of people on a public page applies it.
/// </summary>
public interface IDisclosureThreshold
{
    Task<DisclosureRule> RuleAsync();
}
