using Participation.Modules;

[assembly: Module(
    Name = "Participation.Requests",
    Description = "Suggestions, complaints and messages to officials: forms, routing to departments, reference numbers, case handling on a business-hours response clock, tracking.",
    Dependencies = ["Participation.Departments", "Participation.Workflows", "Participation.Email", "Participation.AuditTrail", "Participation.Moderation"])]
