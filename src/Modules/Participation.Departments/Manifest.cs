using Participation.Modules;

[assembly: Module(
    Name = "Participation.Departments",
    Description = "The agency's departments, missions abroad and officials' offices: responsible for consultations, recipients of routed requests.",
    Dependencies = ["Participation.AuditTrail"])]
