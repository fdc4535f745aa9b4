using Participation.Modules;

[assembly: Module(
    Name = "Participation.Email",
    Description = "Sends the site's emails. Without SMTP it writes them as .eml files to App_Data/mail for a newcomer to read.")]
