using Participation.Modules;

[assembly: Module(
    Name = "Participation.Moderation",
    Description = "The participation terms enforced: automatic screening (Arabic-aware), the moderation queue, policy reasons, reports and bans.",
    Dependencies = ["Participation.Comments", "Participation.Email", "Participation.AuditTrail"])]
