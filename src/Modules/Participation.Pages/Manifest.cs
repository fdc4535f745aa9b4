using Participation.Modules;

[assembly: Module(
    Name = "Participation.Pages",
    Description = "Plain pages (participation policy, privacy, about), the home page and the error pages.",
    Dependencies = ["Participation.Contents"])]
