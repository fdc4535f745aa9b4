using Participation.Modules;

[assembly: Module(
    Name = "Participation.Transparency",
    Description = "What participation changed: the public results page, the staff dashboard of participation over time; every tool contributes its own figures through IParticipationResults and IImpactFigures.",
    Dependencies = ["Participation.Departments"])]
