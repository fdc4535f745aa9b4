using Participation.Modules;

[assembly: Module(
    Name = "Participation.Workflows",
    Description = "Workflows: events start them, tasks do the work (emails, stage changes, webhooks). Durable: events, instances and timers are rows, claimed atomically, never run twice.",
    Dependencies = ["Participation.Email", "Participation.AuditTrail", "Participation.Contents"])]
