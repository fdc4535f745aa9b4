using Participation.Modules;

[assembly: Module(
    Name = "Participation.Transparency",
    Description = "What participation changed: the public results page, the staff dashboard of participation over time, the monthly impact report per department (PDF and XLSX, archived, emailed to its heads), the open data (a ZIP of CSV and JSON per dataset with suppression of small groups, under the licence chosen, rebuilt daily) and its read-only JSON API; every tool contributes its own figures through IParticipationResults, IImpactFigures and IOpenDataset.",
    Dependencies = ["Participation.Departments", "Participation.Workflows", "Participation.Email", "Participation.AuditTrail"])]
