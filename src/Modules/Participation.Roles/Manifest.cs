using Participation.Modules;

[assembly: Module(Name = "Participation.Roles", Description = "Roles and the permissions each grants: the admin page and the Roles recipe step.", Dependencies = ["Participation.AuditTrail"])]
