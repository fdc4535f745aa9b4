using Participation.Modules;

[assembly: Module(
    Name = "Participation.Setup",
    Description = "The first-run setup page and unattended setup from configuration (Participation:AutoSetup).",
    Dependencies = ["Participation.Recipes", "Participation.Users"])]
