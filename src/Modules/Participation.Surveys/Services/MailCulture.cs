using System.Globalization;

namespace Participation.Surveys.Services;

/// <summary>Emails are written in their recipient's language, whatever the culture of the request or background run that writes them.</summary>
public static class MailCulture
{
    public static T In<T>(string culture, Func<T> write)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture == "en" ? "en" : "ar");
        try
        {
            return write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
