using Participation.Modules;

[assembly: Module(
    Name = "Participation.Users",
    Description = "Accounts for citizens and staff: register with email confirmation, sign in, reset a password, see and delete one's account; the users admin.",
    Dependencies = ["Participation.Email", "Participation.AuditTrail", "Participation.Moderation"])]
