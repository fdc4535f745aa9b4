using Participation.Modules;

[assembly: Module(
    Name = "Participation.Search.Lucene",
    Description = "Full-text search on Lucene.Net: Arabic words found past spelling variants and plurals, English words by their stems.")]
