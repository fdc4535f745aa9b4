using Participation.Modules;

[assembly: Module(Name = "Participation.AdminTheme", Description = "The admin's theme: the same right-to-left layout rules, a side menu built from the modules.", IsTheme = true)]
