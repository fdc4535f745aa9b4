using Participation.Modules;

[assembly: Module(
    Name = "Participation.Comments",
    Description = "Comments on any content (one level of replies, official replies, optional 1–5 ratings), screened and moderated as the site decides.",
    Dependencies = ["Participation.Contents", "Participation.AuditTrail"])]
