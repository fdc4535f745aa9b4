using Participation.Modules;

[assembly: Module(
    Name = "Participation.Surveys",
    Description = "Satisfaction surveys (استبيان): services under evaluation, sectioned questionnaires with conditions, answered once, closed by timer.",
    Dependencies = ["Participation.Contents", "Participation.Departments", "Participation.Workflows"])]
