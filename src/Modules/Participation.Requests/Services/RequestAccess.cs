using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Participation.Security;
using Microsoft.AspNetCore.Identity;
using Participation.Data;
using Participation.Departments;
using Participation.Requests.Models;
using Participation.Users;

namespace Participation.Requests.Services;

/// <summary>
/// Which requests a staff member may open: supervisors every one; officers those of the
/// departments they belong to; nobody else any.
/// </summary>
public sealed class RequestAccess(IAuthorizationService authorization, IDataSession session, IDepartmentDirectory departments, UserManager<ParticipationUser> users)
{
    /// <summary>Null for every department; otherwise the keys of the user's departments (maybe none).</summary>
    public async Task<IReadOnlyList<string>?> DepartmentsAsync(ClaimsPrincipal user)
    {
        if (await authorization.AuthorizeAsync(user, Permissions.ManageAllRequests)) return null;
        if (!await authorization.AuthorizeAsync(user, Permissions.HandleRequests)) return [];
        return await departments.DepartmentsOfMemberAsync(users.GetUserId(user));
    }

    public async Task<IQueryable<ServiceRequest>> VisibleAsync(ClaimsPrincipal user)
    {
        var departments = await DepartmentsAsync(user);
        var query = session.Set<ServiceRequest>().AsQueryable();
        return departments is null ? query : query.Where(r => r.DepartmentKey != null && departments.Contains(r.DepartmentKey));
    }

    public async Task<bool> CanOpenAsync(ClaimsPrincipal user, ServiceRequest request)
    {
        var departments = await DepartmentsAsync(user);
        return departments is null || (request.DepartmentKey is not null && departments.Contains(request.DepartmentKey));
    }
}
