using Participation.Modules;

[assembly: Module(Name = "Participation.AuditTrail", Description = "Records who changed what and when, and shows it in the admin.")]
