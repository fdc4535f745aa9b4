using Participation.Modules;

[assembly: Module(
    Name = "Participation.Email",
    Dependencies = ["Participation.AuditTrail"],
    Description = "Every email goes through a durable outbox, then out by SMTP (MailKit) with retries; without SMTP it lands as .eml files in App_Data/mail.")]
