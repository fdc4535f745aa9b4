using Participation.Modules;

[assembly: Module(
    Name = "Participation.Recipes",
    Description = "The site recipes (Participation, Participation with sample content) and the admin page that runs or imports a recipe.",
    Dependencies = ["Participation.Contents", "Participation.Roles", "Participation.Pages"])]
