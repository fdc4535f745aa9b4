using Participation.Modules;

[assembly: Module(
    Name = "Participation.Contents",
    Description = "Content items in the admin (list, create, edit, preview, publish, history) and on the public site by their path.",
    Dependencies = ["Participation.AuditTrail"])]
