using Participation.Text;
using Participation.Moderation.Screening;

namespace Participation.UnitTests;

public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("أَحْمَد", "احمد")]
    [InlineData("إلى آخره", "الي اخره")]
    [InlineData("مدرسة", "مدرسه")]
    [InlineData("مسؤول", "مسوول")]
    [InlineData("ـــغـــبـــي", "غبي")]
    [InlineData("٠٥٥١٢٣٤٥٦٧", "0551234567")]
    [InlineData("۰۵۵", "055")]
    [InlineData("\u200Bغ\u200Cبي", "غبي")]
    [InlineData("STUPID", "stupid")]
    [InlineData("ｓｔｕｐｉｄ ＠ ０５５", "stupid @ 055")]          // full-width
    [InlineData("055—123–4567", "055-123-4567")]               // em and en dashes
    [InlineData("\u202Eغبي\u202C", "غبي")]                     // direction overrides
    public void Folds_spellings_into_one_form(string text, string expected) => Assert.Equal(expected, ArabicNormalizer.Normalize(text));

    [Fact]
    public void Normalising_with_origins_says_where_each_character_came_from()
    {
        var normalized = ArabicNormalizer.NormalizeWithOrigins("رقمي 05ـ5\u200C1");
        Assert.Equal("رقمي 0551", normalized.Text);
        // "551" in the normalised text is "5ـ5\u200C1" as written: the tatweel and the mark between are inside the span.
        Assert.Equal((6, 5), normalized.OriginalSpan(6, 3));
    }

    [Fact]
    public void Squeezing_joins_letters_written_apart()
    {
        Assert.Equal("انت غبي", ArabicNormalizer.Squeeze("انت غ.ب.ي"));
        Assert.Equal("you are stupid", ArabicNormalizer.Squeeze("you are s t u p i d"));
    }
}

public class OffensiveLanguageRuleTests
{
    private static readonly OffensiveLanguageRule Rule = new(["غبي", "حقير", "stupid", "idiot"]);
    private static bool Flags(string text) => Rule.Check(new ScreeningInput { Text = text }).Any();

    [Theory]
    [InlineData("أنت غبي")]
    [InlineData("أنت غَبِيّ جداً")]                 // diacritics
    [InlineData("أنت غـــبـــي")]                   // tatweel
    [InlineData("أنت غ.ب.ي")]                      // letters dotted apart
    [InlineData("أنت غ ب ي")]                      // letters spaced apart
    [InlineData("رأي الغبي لا يهم")]               // the article attached
    [InlineData("وحقير من يقول ذلك")]              // a conjunction attached
    [InlineData("You are STUPID")]
    [InlineData("what an i d i o t")]
    public void Catches_the_term_however_it_is_spelled(string text) => Assert.True(Flags(text), text);

    [Theory]
    [InlineData("هذا حقيقي وواضح")]                 // حقيقي is not حقير
    [InlineData("الغباء الاصطناعي مصطلح ساخر")]    // a different word from the same root
    [InlineData("an idiomatic expression")]
    [InlineData("stupidity is not a word on the list")]
    [InlineData("أقترح توسعة خطوط الحافلات")]
    public void Lets_innocent_text_through(string text) => Assert.False(Flags(text), text);
}

public class PersonalDataRuleTests
{
    private static readonly PersonalDataRule Rule = new(new PersonalDataDetector());
    private static string? Kind(string text) => Rule.Check(new ScreeningInput { Text = text }).FirstOrDefault()?.Detail.Split(':')[0];

    [Theory]
    [InlineData("اتصل بي 0551234567", "mobile number")]
    [InlineData("رقمي +966 55 123 4567", "mobile number")]
    [InlineData("00966551234567", "mobile number")]
    [InlineData("966551234567", "mobile number")]
    [InlineData("جوالي ٠٥٥١٢٣٤٥٦٧", "mobile number")]      // Arabic-Indic digits
    [InlineData("05-5123-4567", "mobile number")]
    [InlineData("راسلني على a.b@example.com", "email address")]
    [InlineData("هويتي 1012345678", "ID number")]
    [InlineData("إقامتي ٢٤٥٦٧٨٩٠١٢", "ID number")]
    [InlineData("الآيبان SA03 8000 0000 6080 1016 7519", "IBAN")]
    [InlineData("أسكن في شارع الملك فهد رقم 12", "street address")]
    [InlineData("I live at 12 Olaya Street", "street address")]
    public void Finds_personal_data_in_its_usual_forms(string text, string kind) => Assert.Equal(kind, Kind(text));

    /// <summary>Ways of writing a number to slip it past a filter; after masking, not one of its digits is left.</summary>
    [Theory]
    [InlineData("تواصلوا معي 05ـ51234567", "mobile number")]              // tatweel inside
    [InlineData("تواصلوا معي 05ـــ512ـ34567", "mobile number")]           // several
    [InlineData("تواصلوا معي 055\u200C1234567", "mobile number")]         // zero-width non-joiner
    [InlineData("تواصلوا معي 055\u200B123\u200D4567", "mobile number")]   // zero-width space and joiner
    [InlineData("جوالي ٠٥٥١٢٣٤٥٦٧", "mobile number")]                   // Arabic-Indic digits
    [InlineData("جوالي ۰۵۵۱۲۳۴۵۶۷", "mobile number")]                   // Persian digits
    [InlineData("جوالي ٠٥َ٥١٢٣ِ٤٥٦٧", "mobile number")]                  // diacritics between digits
    [InlineData("جوالي ０５５１２３４５６７", "mobile number")]           // full-width digits
    [InlineData("اتصلوا (055) 123 4567", "mobile number")]
    [InlineData("اتصلوا 055/123/4567", "mobile number")]
    [InlineData("اتصلوا 0 5 5 1 2 3 4 5 6 7", "mobile number")]          // one digit at a time
    [InlineData("اتصلوا 0  5  5  1  2  3  4  5  6  7", "mobile number")]
    [InlineData("اتصلوا +966 (0) 55 123 4567", "mobile number")]
    [InlineData("اتصلوا 055—123—4567", "mobile number")]                 // em-dashes
    [InlineData("اتصلوا 055 – 123 – 4567", "mobile number")]             // en-dashes with spaces
    [InlineData("اتصلوا 055.123.4567", "mobile number")]
    [InlineData("هويتي 1.012.345.678", "ID number")]
    [InlineData("هويتي 1 0 1 2 3 4 5 6 7 8", "ID number")]
    [InlineData("هويتي 1012ـ345ـ678", "ID number")]
    [InlineData("إقامتي ٢٤٥٦٧٨٩٠١٢", "ID number")]
    public void Masks_every_digit_of_a_number_however_it_is_written(string text, string kind)
    {
        Assert.Equal(kind, Kind(text));
        var masked = Rule.Mask(text);
        Assert.DoesNotContain(masked, char.IsDigit);
        Assert.Equal(text.Split(' ')[0], masked.Split(' ')[0]);   // the words around it are kept
    }

    /// <summary>Ways of writing an email address; after masking, nothing of it is left.</summary>
    [Theory]
    [InlineData("راسلوني user@example.com")]
    [InlineData("راسلوني user @ example.com")]
    [InlineData("راسلوني user @ example . com")]
    [InlineData("راسلوني user[at]example.com")]
    [InlineData("راسلوني user [at] example [dot] com")]
    [InlineData("راسلوني user(at)example(dot)com")]
    [InlineData("راسلوني user at example dot com")]
    [InlineData("راسلوني USER AT EXAMPLE DOT COM")]
    [InlineData("راسلوني user＠example.com")]                 // full-width at sign
    [InlineData("راسلوني ｕｓｅｒ＠ｅｘａｍｐｌｅ．ｃｏｍ")]     // all full-width
    [InlineData("راسلوني ali.pii\u200C@exa\u200Bmple.com")]    // invisible marks inside
    public void Masks_all_of_an_email_address_however_it_is_written(string text)
    {
        Assert.Equal("email address", Kind(text));
        var masked = Rule.Mask(text);
        Assert.DoesNotMatch(@"[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]", masked);
        Assert.StartsWith("راسلوني ", masked);
    }

    [Theory]
    [InlineData("رؤية 2030 طموحة")]
    [InlineData("Vision 2030 is ambitious")]
    [InlineData("في عام 1445 هـ صدر النظام")]
    [InlineData("الرقم المجاني 8001249999")]
    [InlineData("الرقم المجاني 800 124 9999")]
    [InlineData("الرقم الموحد 920012345")]
    [InlineData("المادة 12 من النظام")]
    [InlineData("بتكلفة 2,500,000 ريال")]
    [InlineData("من 1445-1446")]
    [InlineData("من 1445—1446")]
    [InlineData("الاجتماع يوم 05/12/2024 الساعة 10:30")]    // a date and a time
    [InlineData("الاجتماع يوم 12.05.2024 10:30")]
    [InlineData("انتهى العام 2026. شكراً")]
    [InlineData("write to me at the end. Thanks")]
    [InlineData("شارع الملك فهد مزدحم صباحاً")]           // a street named, no address
    public void Lets_numbers_and_places_that_are_not_personal_data_through(string text) => Assert.Null(Kind(text));

    [Fact]
    public void Masks_the_personal_data_and_keeps_the_rest()
    {
        Assert.Equal("اتصل على •••••••••• الآن", Rule.Mask("اتصل على 0551234567 الآن"));
        Assert.Equal("جوالي ••••••••••", Rule.Mask("جوالي ٠٥٥١٢٣٤٥٦٧"));
        Assert.Equal("تواصلوا معي ••••••••••• الآن", Rule.Mask("تواصلوا معي 05ـ51234567 الآن"));
        Assert.Equal("write to •••••••••••••••• please", Rule.Mask("write to user@example.com please"));
        Assert.Equal("رقمي (•••• ••• •••• شكراً", Rule.Mask("رقمي (055) 123 4567 شكراً"));
    }
}

public class LinkRuleTests
{
    private static readonly LinkRule Rule = new();
    private static string? Found(string text) => Rule.Check(new ScreeningInput { Text = text }).FirstOrDefault()?.Rule;

    [Theory]
    [InlineData("زوروا موقعي www.example.com", "Link")]
    [InlineData("التفاصيل https://bit.ly/abc", "Link")]
    [InlineData("see example.org for more", "Link")]
    [InlineData("حمّلوا الملف setup.exe", "Attachment")]
    [InlineData("the file report.zip has it", "Attachment")]
    public void Flags_links_and_files(string text, string rule) => Assert.Equal(rule, Found(text));

    [Theory]
    [InlineData("انتهى العام 2026. شكراً")]
    [InlineData("النسبة 3.5% فقط")]
    [InlineData("أقترح ذلك.والسبب واضح")]
    public void Lets_ordinary_punctuation_through(string text) => Assert.Null(Found(text));
}

public class RepeatRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static ScreeningInput Input(string text, params (string Text, int MinutesAgo)[] recent) => new()
    {
        Text = text, NowUtc = Now,
        RecentByAuthor = recent.Select(r => (ArabicNormalizer.Normalize(r.Text), Now.AddMinutes(-r.MinutesAgo))).ToList(),
    };

    [Fact]
    public void The_same_text_again_is_a_duplicate_even_with_other_diacritics()
        => Assert.NotEmpty(new DuplicateRule().Check(Input("أقترح زيادة عدد الحافلات في الأحياء الجنوبية", ("أَقترح زيادة عدد الحافلات في الاحياء الجنوبية", 60))));

    [Fact]
    public void A_nearly_identical_text_is_a_duplicate()
        => Assert.NotEmpty(new DuplicateRule().Check(Input("أقترح زيادة عدد الحافلات في الأحياء الجنوبية والشرقية من المدينة",
            ("أقترح زيادة عدد الحافلات في الأحياء الجنوبية والشرقية من المدينة رجاءً", 60))));

    [Fact]
    public void A_different_contribution_is_not()
        => Assert.Empty(new DuplicateRule().Check(Input("أقترح ممرات آمنة للدراجات", ("أقترح زيادة عدد الحافلات في الأحياء الجنوبية", 60))));

    [Fact]
    public void Many_contributions_in_a_few_minutes_are_a_burst_and_the_same_spread_over_hours_are_not()
    {
        var rule = new BurstRule(5, TimeSpan.FromMinutes(10));
        Assert.NotEmpty(rule.Check(Input("x", ("a", 1), ("b", 2), ("c", 3), ("d", 4), ("e", 5))));
        Assert.Empty(rule.Check(Input("x", ("a", 30), ("b", 60), ("c", 90), ("d", 120), ("e", 150))));
    }
}
