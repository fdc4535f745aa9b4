using Participation.Navigation;

namespace Participation.Ideas;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Ideas to review", Url = "/admin/ideas/review", Position = "22", Permission = Permissions.ReviewIdeas });
        items.Add(new MenuItem { Text = "Study of the ideas", Url = "/admin/ideas/study", Position = "23", Permission = Permissions.AnswerIdeas });
        items.Add(new MenuItem { Text = "Idea statuses", Url = "/admin/ideas/statuses", Position = "23", Permission = Permissions.ManageIdeaStatuses });
    }
}
