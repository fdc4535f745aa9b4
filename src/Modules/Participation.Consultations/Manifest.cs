using Participation.Modules;

[assembly: Module(
    Name = "Participation.Consultations",
    Description = "Consultations — “Share your opinion” (شارك برأيك): the content type, its participation period and its six stages.",
    Dependencies = ["Participation.Contents", "Participation.Departments", "Participation.Comments"])]
