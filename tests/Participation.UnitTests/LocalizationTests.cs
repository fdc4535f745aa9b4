using System.Globalization;
using Participation.Localization;

namespace Participation.UnitTests;

public class PoFileTests
{
    [Fact]
    public void Reads_entries_with_multiline_strings_escapes_and_context()
    {
        const string po = """
            # a comment
            msgid ""
            msgstr ""
            "Language: ar\n"

            msgid "Sign in"
            msgstr "تسجيل الدخول"

            msgid "Hello {0},\n\nWelcome"
            msgstr ""
            "مرحباً {0}،\n"
            "\nأهلاً \"بك\""

            msgctxt "audit"
            msgid "Created"
            msgstr "أُنشئ"

            msgid "Untranslated"
            msgstr ""
            """;
        var entries = PoFile.Parse(new StringReader(po)).Strings;

        Assert.Equal("تسجيل الدخول", entries["Sign in"]);
        Assert.Equal("مرحباً {0}،\n\nأهلاً \"بك\"", entries["Hello {0},\n\nWelcome"]);
        Assert.Equal("أُنشئ", entries[PoFile.Key("audit", "Created")]);
        Assert.False(entries.ContainsKey("Untranslated"));
        Assert.False(entries.ContainsKey(""));
    }

    /// <summary>The host merges every module's catalogue into one: a text two modules translate differently would show either.</summary>
    [Fact]
    public void Modules_agree_on_the_translation_of_the_texts_they_share()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Participation.sln"))) root = root.Parent;
        Assert.NotNull(root);
        var files = Directory.GetFiles(Path.Combine(root.FullName, "src", "Modules"), "*.po", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
        var conflicts = files.GroupBy(Path.GetFileName)
            .SelectMany(language => language
                .SelectMany(f => Entries(PoFile.Parse(new StringReader(File.ReadAllText(f)))).Select(e => (Module: Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f)))!, e.Key, e.Value)))
                .GroupBy(e => e.Key)
                .Where(g => g.Select(e => e.Value).Distinct().Count() > 1)
                .Select(g => $"{language.Key} \"{g.Key}\": " + string.Join(" / ", g.Select(e => $"{e.Module} → {e.Value}"))))
            .ToList();
        Assert.True(conflicts.Count == 0, string.Join("\n", conflicts));
    }
    private static IEnumerable<KeyValuePair<string, string>> Entries(PoDocument document)
        => document.Strings.Concat(document.Plurals.Select(p => KeyValuePair.Create(p.Key, string.Join(" | ", p.Value))));

    private const string ArabicPlurals = """
        msgid ""
        msgstr ""
        "Language: ar\n"
        "Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;\n"

        msgid "Choose up to 1 option"
        msgid_plural "Choose up to {0} options"
        msgstr[0] "لا خيار"
        msgstr[1] "اختر خيارًا واحدًا"
        msgstr[2] "اختر خيارين على الأكثر"
        msgstr[3] "اختر حتى {0} خيارات"
        msgstr[4] "اختر حتى {0} خيارًا"
        msgstr[5] "اختر حتى {0} خيار"

        msgid "1 file"
        msgid_plural "{0} files"
        msgstr[0] "لا ملفات"
        msgstr[1] ""
        """;

    [Fact]
    public void Reads_plural_entries_and_the_plural_rule_of_the_header()
    {
        var document = PoFile.Parse(new StringReader(ArabicPlurals));

        Assert.Equal(6, document.Plurals["Choose up to 1 option"].Length);
        Assert.Equal("اختر حتى {0} خيارات", document.Plurals["Choose up to 1 option"][3]);
        Assert.Equal(6, document.PluralRule!.Count);
        // An entry with forms missing is left out, so the English text shows rather than a gap.
        Assert.False(document.Plurals.ContainsKey("1 file"));
        Assert.False(document.Strings.ContainsKey("Choose up to 1 option"));
    }

    [Theory]
    [InlineData(0, "لا خيار")]
    [InlineData(1, "اختر خيارًا واحدًا")]
    [InlineData(2, "اختر خيارين على الأكثر")]
    [InlineData(3, "اختر حتى 3 خيارات")]
    [InlineData(10, "اختر حتى 10 خيارات")]
    [InlineData(11, "اختر حتى 11 خيارًا")]
    [InlineData(99, "اختر حتى 99 خيارًا")]
    [InlineData(100, "اختر حتى 100 خيار")]
    [InlineData(102, "اختر حتى 102 خيار")]
    [InlineData(103, "اختر حتى 103 خيارات")]
    [InlineData(111, "اختر حتى 111 خيارًا")]
    public void Arabic_counts_take_the_form_of_their_plural_category(long count, string expected)
    {
        var localizer = new PoStringLocalizer(new TranslationCatalog([("ar", PoFile.Parse(new StringReader(ArabicPlurals)))]));
        using var _ = new CultureScope("ar");
        Assert.Equal(expected, localizer.Plural(count, "Choose up to 1 option", "Choose up to {0} options").Value);
    }

    [Theory]
    [InlineData(1, "Results — 1 voter")]
    [InlineData(0, "Results — 0 voters")]
    [InlineData(2, "Results — 2 voters")]
    public void English_uses_one_and_other(long count, string expected)
    {
        var localizer = new PoStringLocalizer(new TranslationCatalog([("ar", PoFile.Parse(new StringReader(ArabicPlurals)))]));
        using var _ = new CultureScope("en");
        Microsoft.Extensions.Localization.IStringLocalizer T = localizer;
        Assert.Equal(expected, T.Plural(count, "Results — 1 voter", "Results — {0} voters").Value);
    }

    [Fact]
    public void Arabic_without_a_header_uses_the_built_in_Arabic_rule_and_further_arguments_follow_the_count()
    {
        const string po = """
            msgid "1 file of {1} MB"
            msgid_plural "{0} files of {1} MB"
            msgstr[0] "لا ملفات"
            msgstr[1] "ملف واحد بحجم {1} م.ب"
            msgstr[2] "ملفان بحجم {1} م.ب"
            msgstr[3] "{0} ملفات بحجم {1} م.ب"
            msgstr[4] "{0} ملفًا بحجم {1} م.ب"
            msgstr[5] "{0} ملف بحجم {1} م.ب"
            """;
        var localizer = new PoStringLocalizer(new TranslationCatalog([("ar", PoFile.Parse(new StringReader(po)))]));
        using var _ = new CultureScope("ar");
        Assert.Equal("ملفان بحجم 5 م.ب", localizer["1 file of {1} MB", new PluralArgument(2, "{0} files of {1} MB", [5])].Value);
        Assert.Equal("12 ملفًا بحجم 5 م.ب", localizer.Plural(12, "1 file of {1} MB", "{0} files of {1} MB", 5).Value);
    }

    [Theory]
    [InlineData("n != 1", 1, 0)]
    [InlineData("n != 1", 5, 1)]
    [InlineData("(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2", 3, 1)]
    [InlineData("n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2", 22, 1)]
    [InlineData("!(n > 1)", 0, 1)]
    [InlineData("n / 0", 7, 0)]
    public void Evaluates_the_C_expressions_of_plural_headers(string expression, long n, int form)
        => Assert.Equal(form, PluralFormula.Parse(3, expression).FormFor(n));

    [Theory]
    [InlineData("nplurals=2; plural=n != 1 +;")]
    [InlineData("nplurals=2; plural=System.Exit(1);")]
    [InlineData("nplurals=9; plural=n;")]
    [InlineData("plural=n != 1;")]
    public void Refuses_plural_headers_it_cannot_read(string header) => Assert.Null(PluralFormula.FromHeader(header));

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _uiCulture = CultureInfo.CurrentUICulture;
        public CultureScope(string name) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
        public void Dispose() { CultureInfo.CurrentCulture = _culture; CultureInfo.CurrentUICulture = _uiCulture; }
    }
}

public class DateDisplayTests
{
    private static readonly DateDisplay Riyadh = new(DateDisplay.FindZone("Asia/Riyadh"));

    [Fact]
    public void Shows_the_Umm_al_Qura_date_and_the_Gregorian_date_in_Arabic()
    {
        // 1 Ramadan 1446 began on 1 March 2025 (Umm al-Qura).
        var text = Riyadh.FormatDate(new DateTime(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc), "ar");
        Assert.Equal("1 رمضان 1446 هـ · 1 مارس 2025 م", text);
    }

    [Fact]
    public void Spells_the_Hijri_month_out_in_English()
    {
        var text = Riyadh.FormatDate(new DateTime(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc), "en");
        Assert.Equal("1 Ramadan 1446 AH · 1 March 2025", text);
    }

    [Fact]
    public void Uses_Riyadh_time_so_a_late_evening_in_UTC_is_already_the_next_day()
    {
        // 22:30 UTC on 28 February is 01:30 on 1 March in Riyadh (UTC+3, no daylight saving).
        var utc = new DateTime(2025, 2, 28, 22, 30, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2025, 3, 1, 1, 30, 0), Riyadh.ToLocal(utc));
        Assert.StartsWith("1 Ramadan 1446 AH", Riyadh.FormatDate(utc, "en"));
        Assert.EndsWith("01:30", Riyadh.FormatDateTime(utc, "en"));
    }

    [Theory]
    // 08:15 UTC is 11:15 in Riyadh: morning.
    [InlineData(2026, 11, 28, 8, 15, "18 جمادى الآخرة 1448 هـ · 28 نوفمبر 2026 م، الساعة 11:15 صباحًا")]
    // 20:43 UTC is 23:43 in Riyadh: late evening, on the same day.
    [InlineData(2026, 11, 28, 20, 43, "18 جمادى الآخرة 1448 هـ · 28 نوفمبر 2026 م، الساعة 11:43 مساءً")]
    // 11:30 UTC is 14:30 in Riyadh, which «02:30 م» used to leave to guesswork.
    [InlineData(2026, 11, 28, 11, 30, "18 جمادى الآخرة 1448 هـ · 28 نوفمبر 2026 م، الساعة 2:30 مساءً")]
    // 21:05 UTC is 00:05 the next day in Riyadh: just after midnight is morning.
    [InlineData(2026, 11, 28, 21, 5, "19 جمادى الآخرة 1448 هـ · 29 نوفمبر 2026 م، الساعة 12:05 صباحًا")]
    // Noon.
    [InlineData(2026, 11, 28, 9, 0, "18 جمادى الآخرة 1448 هـ · 28 نوفمبر 2026 م، الساعة 12:00 مساءً")]
    public void Arabic_times_say_morning_or_evening_and_the_era_marker_stays_with_the_date(int y, int mo, int d, int h, int mi, string expected)
    {
        var text = Riyadh.FormatDateTime(new DateTime(y, mo, d, h, mi, 0, DateTimeKind.Utc), "ar");
        Assert.Equal(expected, text);
        // No «م» right after the time, where it would read as «مساءً».
        Assert.DoesNotMatch(@":\d{2} م(?!\p{L})", text);
    }

    [Theory]
    [InlineData(8, 15, "18 Jumada al-Akhirah 1448 AH · 28 November 2026, 11:15")]
    [InlineData(20, 43, "18 Jumada al-Akhirah 1448 AH · 28 November 2026, 23:43")]
    public void English_times_use_the_24_hour_clock_in_Riyadh_time(int h, int mi, string expected)
        => Assert.Equal(expected, Riyadh.FormatDateTime(new DateTime(2026, 11, 28, h, mi, 0, DateTimeKind.Utc), "en"));

    [Fact]
    public void Outside_the_Umm_al_Qura_range_shows_the_Gregorian_date_alone()
        => Assert.Equal("1 January 2090", Riyadh.FormatDate(new DateTime(2090, 1, 1, 12, 0, 0, DateTimeKind.Utc), "en"));
}
