using Microsoft.Extensions.DependencyInjection;
using Participation.Caching;
using Participation.Comments.Drivers;
using Participation.Comments.Services;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.Data;
using Participation.Modules;
using Participation.Security;
using Participation.Users;
using Participation.Workflows;

namespace Participation.Comments;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, CommentsModel>();
        services.AddSingleton<DataMigration, Migrations>();
        services.AddContentPart<CommentsPart>();
        services.AddScoped<IContentPartDisplayDriver, CommentsPartDisplayDriver>();
        services.AddScoped<CommentThreads>();
        services.AddScoped<OwnCommentItems>();
        services.AddScoped<IPersonalFragment, OwnCommentsFragment>();
        services.AddScoped<IPersonalFragment, CommentTermsFragment>();
        services.AddScoped<CommentPosting>();
        services.AddSingleton<CommentMetrics>();
        services.AddScoped<ICommentStore, CommentStore>();
        services.AddScoped<ICommentModeration, CommentModeration>();
        services.AddScoped<IParticipantProvider, CommentParticipants>();
        services.AddScoped<IUserDeletionHandler, CommentAuthorAnonymiser>();
        services.AddSingleton<IPermissionProvider, Permissions>();
    }
}
