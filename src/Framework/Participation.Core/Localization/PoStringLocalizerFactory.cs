using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Participation.Localization;

public sealed class PoStringLocalizerFactory(TranslationCatalog catalog) : IStringLocalizerFactory
{
    private readonly PoStringLocalizer _localizer = new(catalog);
    public IStringLocalizer Create(Type resourceSource) => _localizer;
    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
