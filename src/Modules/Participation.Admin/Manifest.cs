using Participation.Modules;

[assembly: Module(Name = "Participation.Admin", Description = "The admin's dashboard and the site settings page.", Dependencies = ["Participation.AuditTrail"])]
