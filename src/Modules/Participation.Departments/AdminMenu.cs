using System.Net.Mail;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Departments.Models;
using Participation.Departments.Services;
using Participation.Modules;
using Participation.Navigation;
using Participation.Recipes;
using Participation.Security;

namespace Participation.Departments;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu == NavigationNames.Admin) items.Add(new MenuItem { Text = "Departments", Url = "/admin/departments", Position = "83", Permission = Permissions.ManageDepartments });
    }
}
