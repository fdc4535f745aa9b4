using Participation.Modules;

[assembly: Module(
    Name = "Participation.Users",
    Description = "Accounts for citizens and staff: register with email confirmation, sign in, reset a password, see and delete one's account; the users admin; sign-in through national login providers (OpenID Connect) that binds one verified identity to one account.",
    Dependencies = ["Participation.Email", "Participation.AuditTrail", "Participation.Moderation"])]
