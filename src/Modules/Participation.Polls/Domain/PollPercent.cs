using System.Globalization;

namespace Participation.Polls.Domain;

/// <summary>
/// A share of voters as the site writes every figure: Latin digits, then the sign with no space
/// ("50%", "33.3%"), which right-to-left text keeps together in that order; a space let the sign
/// drift to the number's other side («% 100»). A fixed form rather than the culture's, because the
/// server's ICU and the browser's disagree for Arabic ("50٪؜" against "50‎%‎") and poll-results.js
/// rewrites the figure live in the same form.
/// </summary>
public static class PollPercent
{
    public static string Format(double percent) => percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
