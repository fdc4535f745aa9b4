using Participation.Modules;

[assembly: Module(
    Name = "Participation.Transparency",
    Description = "What participation changed: the public results page, the staff dashboard of participation over time, the monthly impact report per department (PDF and XLSX, archived, emailed to its heads); every tool contributes its own figures through IParticipationResults and IImpactFigures.",
    Dependencies = ["Participation.Departments", "Participation.Workflows", "Participation.Email"])]
