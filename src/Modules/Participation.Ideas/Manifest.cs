using Participation.Modules;

[assembly: Module(
    Name = "Participation.Ideas",
    Description = "Ideas (فكرة): the public proposes within the agency's topics, every idea screened before it appears, supported once per person, studied and answered.",
    Dependencies = ["Participation.Contents", "Participation.Departments", "Participation.Workflows", "Participation.Moderation", "Participation.AuditTrail", "Participation.Comments"])]
