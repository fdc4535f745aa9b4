using Participation.Modules;

[assembly: Module(
    Name = "Participation.Polls",
    Description = "Polls (تصويت): one vote per person, live results, archived with their results when the period ends, placeable on pages and consultations.",
    Dependencies = ["Participation.Contents", "Participation.Departments", "Participation.Workflows"])]
