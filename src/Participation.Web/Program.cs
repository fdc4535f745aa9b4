using Participation;
using Participation.Web.CompiledModels;

var builder = WebApplication.CreateBuilder(args);
// Module and theme assets (CSS, fonts) are served from their own projects when run from source.
builder.WebHost.UseStaticWebAssets();
builder.AddParticipation(CompiledDataModels.All);

var app = builder.Build();
app.UseParticipation();
app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
