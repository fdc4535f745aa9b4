using Participation.Modules;

[assembly: Module(Name = "Participation.Theme", Description = "The public site's theme: Arabic right-to-left first, English left-to-right.", IsTheme = true)]
