using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Participation.Security;

namespace Participation.Admin;

/// <summary>Guards everything marked <see cref="AdminAttribute"/> with AccessAdminPanel.</summary>
public sealed class AdminFilter(IAuthorizationService authorizationService) : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (!context.ActionDescriptor.EndpointMetadata.OfType<AdminAttribute>().Any()) return;
        context.HttpContext.Items[AdminAttribute.RequestItemKey] = true;
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            context.Result = new ChallengeResult();
            return;
        }
        if (!await authorizationService.AuthorizeAsync(user, StandardPermissions.AccessAdminPanel)) context.Result = new ForbidResult();
    }
}
