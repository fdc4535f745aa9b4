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

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageDepartments = new("ManageDepartments", "Manage departments, missions and officials' offices", StandardPermissions.SiteOwner) { Category = "Departments" };
    public IEnumerable<Permission> GetPermissions() => [ManageDepartments];
}
