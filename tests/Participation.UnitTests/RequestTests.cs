using Participation.Requests.Domain;
using Participation.Requests.Models;

namespace Participation.UnitTests;

/// <summary>The office-hours calendar behind every response deadline: Sunday–Thursday 08:00–14:00 Riyadh.</summary>
public class BusinessCalendarTests
{
    private static readonly TimeZoneInfo Riyadh = TimeZoneInfo.FindSystemTimeZoneById("Asia/Riyadh");

    /// <summary>A Riyadh wall-clock time as UTC.</summary>
    private static DateTime At(int year, int month, int day, int hour, int minute = 0)
        => TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0), Riyadh);

    private static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Riyadh);

    private static readonly BusinessCalendar Calendar = BusinessCalendar.SaudiGovernment();

    [Fact]
    public void Time_runs_only_in_office_hours_and_skips_the_weekend()
    {
        // Thursday 26 Nov 2026, 13:00 + 2 h → 1 h on Thursday, then Sunday 08:00 + 1 h.
        Assert.Equal(new DateTime(2026, 11, 29, 9, 0, 0), Local(Calendar.AddBusinessTime(At(2026, 11, 26, 13), TimeSpan.FromHours(2))));
    }

    [Fact]
    public void A_request_sent_on_the_weekend_or_after_hours_starts_its_clock_at_the_next_opening()
    {
        Assert.Equal(new DateTime(2026, 11, 29, 9, 0, 0), Local(Calendar.AddBusinessTime(At(2026, 11, 27, 10), TimeSpan.FromHours(1)))); // Friday
        Assert.Equal(new DateTime(2026, 11, 29, 9, 0, 0), Local(Calendar.AddBusinessTime(At(2026, 11, 26, 15), TimeSpan.FromHours(1)))); // Thursday evening
        Assert.Equal(new DateTime(2026, 11, 24, 9, 0, 0), Local(Calendar.AddBusinessTime(At(2026, 11, 24, 6, 30), TimeSpan.FromHours(1)))); // Tuesday before opening
    }

    [Fact]
    public void A_deadline_that_falls_at_closing_time_stays_on_that_day()
        => Assert.Equal(new DateTime(2026, 11, 23, 14, 0, 0), Local(Calendar.AddBusinessTime(At(2026, 11, 23, 8), TimeSpan.FromHours(6))));

    [Fact]
    public void Seventy_two_office_hours_are_twelve_working_days()
    {
        // Sunday 22 Nov 08:00: two full weeks (10 days) and Sunday + Monday of the third.
        Assert.Equal(new DateTime(2026, 12, 7, 14, 0, 0), Local(Calendar.AddBusinessTime(At(2026, 11, 22, 8), TimeSpan.FromHours(72))));
    }

    [Fact]
    public void Holidays_are_skipped_single_days_and_ranges()
    {
        var calendar = BusinessCalendar.SaudiGovernment(
        [
            new Holiday(new DateOnly(2026, 11, 29), new DateOnly(2026, 11, 29), "إجازة", "Holiday"),
            new Holiday(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3), "إجازة", "Holiday"),
        ]);
        // Thursday 13:00 + 2 h: Sunday is a holiday → Monday 09:00.
        Assert.Equal(new DateTime(2026, 11, 30, 9, 0, 0), Local(calendar.AddBusinessTime(At(2026, 11, 26, 13), TimeSpan.FromHours(2))));
        // Monday 13:00 + 2 h: Tuesday–Thursday off, the weekend → Sunday 6 Dec 09:00.
        Assert.Equal(new DateTime(2026, 12, 6, 9, 0, 0), Local(calendar.AddBusinessTime(At(2026, 11, 30, 13), TimeSpan.FromHours(2))));
        Assert.False(calendar.IsOpen(At(2026, 12, 2, 10)));
        Assert.True(calendar.IsOpen(At(2026, 12, 6, 10)));
    }

    [Fact]
    public void Ramadan_hours_replace_the_usual_ones_for_their_period()
    {
        var calendar = BusinessCalendar.SaudiGovernment(specialHours: [new SpecialHours(new DateOnly(2027, 2, 8), new DateOnly(2027, 3, 7), new TimeOnly(10, 0), new TimeOnly(15, 0))]);
        // Sunday 14 Feb 2027 09:00: offices open at 10 in Ramadan.
        Assert.Equal(new DateTime(2027, 2, 14, 11, 0, 0), Local(calendar.AddBusinessTime(At(2027, 2, 14, 9), TimeSpan.FromHours(1))));
        // 14:30 is still office time in Ramadan, not otherwise.
        Assert.True(calendar.IsOpen(At(2027, 2, 14, 14, 30)));
        Assert.False(calendar.IsOpen(At(2027, 3, 14, 14, 30)));
        Assert.Equal(TimeSpan.FromHours(5), calendar.BusinessTimeBetween(At(2027, 2, 14, 0), At(2027, 2, 14, 23)));
    }

    [Fact]
    public void Office_time_between_two_moments_leaves_out_nights_and_weekends()
    {
        Assert.Equal(TimeSpan.FromHours(4), Calendar.BusinessTimeBetween(At(2026, 11, 26, 12), At(2026, 11, 29, 10)));
        Assert.Equal(TimeSpan.Zero, Calendar.BusinessTimeBetween(At(2026, 11, 27, 9), At(2026, 11, 28, 23)));
        Assert.Equal(TimeSpan.Zero, Calendar.BusinessTimeBetween(At(2026, 11, 29, 10), At(2026, 11, 26, 12)));
    }

    [Theory]
    [InlineData(2026, 11, 22, 8, 0, 1)]
    [InlineData(2026, 11, 23, 13, 59, 30)]
    [InlineData(2026, 11, 26, 11, 15, 72)]
    [InlineData(2027, 1, 3, 9, 45, 200)]
    public void Adding_office_time_and_measuring_it_back_agree(int y, int m, int d, int h, int min, int hours)
    {
        var start = At(y, m, d, h, min);
        var due = Calendar.AddBusinessTime(start, TimeSpan.FromHours(hours));
        Assert.Equal(TimeSpan.FromHours(hours), Calendar.BusinessTimeBetween(start, due));
    }

    [Fact]
    public void Riyadh_keeps_one_offset_all_year()
    {
        Assert.Equal(5, Calendar.AddBusinessTime(new DateTime(2027, 1, 10, 0, 0, 0, DateTimeKind.Utc), TimeSpan.Zero).Hour);
        Assert.Equal(5, Calendar.AddBusinessTime(new DateTime(2027, 7, 11, 0, 0, 0, DateTimeKind.Utc), TimeSpan.Zero).Hour);
    }

    [Fact]
    public void A_calendar_without_office_hours_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(Riyadh, [DayOfWeek.Sunday], new TimeOnly(14, 0), new TimeOnly(8, 0)));
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(Riyadh, [], new TimeOnly(8, 0), new TimeOnly(14, 0)));
    }

    [Fact]
    public void The_clock_stops_while_waiting_for_the_participant_and_resumes_with_what_was_left()
    {
        var clock = new ResponseClock(Calendar);
        var request = new ServiceRequest { SubmittedUtc = At(2026, 11, 22, 8), Status = RequestStatus.Routed };
        request.DueUtc = clock.DueFrom(request.SubmittedUtc, 12);
        Assert.Equal(new DateTime(2026, 11, 23, 14, 0, 0), Local(request.DueUtc));

        clock.Stop(request, At(2026, 11, 22, 11));                // 9 office hours left
        Assert.Equal(9 * 60, request.RemainingMinutes);
        request.Status = RequestStatus.WaitingForParticipant;
        Assert.False(clock.IsOverdue(request, At(2026, 11, 24, 13))); // past the old due time, but stopped

        clock.Restart(request, At(2026, 11, 25, 8));              // Wednesday morning
        request.Status = RequestStatus.InProgress;
        Assert.Equal(new DateTime(2026, 11, 26, 11, 0, 0), Local(request.DueUtc));
        Assert.Equal(15 * 60, request.PausedMinutes);               // Sunday 11–14, Monday, Tuesday

        request.AnsweredUtc = At(2026, 11, 26, 10);
        request.Status = RequestStatus.Answered;
        Assert.Equal(TimeSpan.FromHours(11), clock.TimeToAnswer(request));
        Assert.True(request.AnsweredUtc <= request.DueUtc);
    }

    [Fact]
    public void Overdue_and_due_soon_count_office_hours()
    {
        var clock = new ResponseClock(Calendar);
        var request = new ServiceRequest { Status = RequestStatus.InProgress, DueUtc = At(2026, 11, 29, 10) }; // Sunday 10:00
        Assert.True(clock.IsDueSoon(request, At(2026, 11, 26, 12), dueSoonHours: 6));  // Thursday noon: 4 office hours left
        Assert.False(clock.IsDueSoon(request, At(2026, 11, 25, 12), dueSoonHours: 6)); // Wednesday noon: 10 left
        Assert.True(clock.IsOverdue(request, At(2026, 11, 29, 10, 1)));
        request.Status = RequestStatus.Answered;
        Assert.False(clock.IsOverdue(request, At(2026, 11, 30, 10)));
    }
}

public class RequestRoutingTests
{
    private static readonly string[] Departments = ["municipal", "transport", "customer-care", "minister-office", "mission-abroad"];

    private static RequestRouter Router(params RoutingRule[] rules) => new(rules, "customer-care", Departments.Contains);

    [Fact]
    public void The_most_specific_matching_rule_wins_whatever_its_place()
    {
        var router = Router(
            new RoutingRule { Category = "roads", Department = "municipal" },
            new RoutingRule { Kind = RequestKind.Complaint, Category = "roads", Department = "transport" });
        Assert.Equal("transport", router.Route(RequestKind.Complaint, "roads", RequestTargets.Agency));
        Assert.Equal("municipal", router.Route(RequestKind.Suggestion, "roads", RequestTargets.Agency));
    }

    [Fact]
    public void Equally_specific_rules_go_in_their_order()
    {
        var router = Router(new RoutingRule { Category = "roads", Department = "municipal" }, new RoutingRule { Kind = RequestKind.Complaint, Department = "transport" });
        Assert.Equal("municipal", router.Route(RequestKind.Complaint, "roads", RequestTargets.Agency));
    }

    [Fact]
    public void Without_a_rule_a_message_goes_to_the_office_it_is_addressed_to_else_to_the_fallback()
    {
        var router = Router(new RoutingRule { Category = "roads", Department = "municipal" });
        Assert.Equal("minister-office", router.Route(RequestKind.Contact, null, "minister-office"));
        Assert.Equal("customer-care", router.Route(RequestKind.Complaint, "other", RequestTargets.Agency));
    }

    [Fact]
    public void A_rule_to_a_department_no_longer_in_use_is_passed_over()
    {
        var router = Router(new RoutingRule { Category = "roads", Department = "closed-department" }, new RoutingRule { Kind = RequestKind.Complaint, Department = "transport" });
        Assert.Equal("transport", router.Route(RequestKind.Complaint, "roads", RequestTargets.Agency));
        Assert.Null(new RequestRouter([], "gone", _ => false).Route(RequestKind.Complaint, null, RequestTargets.Agency));
    }
}

public class RequestFormTests
{
    private static readonly RequestSettings Settings = new()
    {
        Categories = [new RequestCategory { Key = "roads", NameAr = "الطرق", NameEn = "Roads", Kinds = [RequestKind.Complaint] }],
        Fields =
        [
            new FormFieldDefinition { Name = "mobile", LabelAr = "الجوال", LabelEn = "Mobile", Type = FormFieldType.Phone },
            new FormFieldDefinition { Name = "visit", Kind = RequestKind.Complaint, LabelAr = "تاريخ الزيارة", LabelEn = "Visit date", Type = FormFieldType.Date, Required = true },
            new FormFieldDefinition { Name = "channel", LabelAr = "القناة", LabelEn = "Channel", Type = FormFieldType.Select, Options = ["email|البريد|Email", "phone|الهاتف|Phone"] },
        ],
    };

    private static RequestSubmission Complaint() => new()
    {
        Kind = RequestKind.Complaint, Name = "سارة", Email = "sara@mail.example", Category = "roads", Subject = "حفرة في الطريق", Message = "في الشارع حفرة خطرة.",
        Fields = { ["visit"] = "2026-11-20" },
    };

    private static List<string> Problems(RequestSubmission s, string culture = "en") => [.. new RequestFormValidator(Settings, ["minister-office"]).Validate(s, culture).Select(p => p.Field)];

    [Fact]
    public void A_complete_complaint_passes() => Assert.Empty(Problems(Complaint()));

    [Fact]
    public void Each_missing_or_wrong_field_is_named()
    {
        var s = Complaint();
        s.Name = " ";
        s.Email = "sara@";
        s.Category = "weather";
        s.Fields["visit"] = "";
        s.Fields["channel"] = "fax";
        s.Fields["mobile"] = "call me";
        Assert.Equal(new[] { "Category", "Email", "Name", "channel", "mobile", "visit" }, Problems(s).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Arabic_Indic_digits_are_accepted_in_numbers_dates_and_phones()
    {
        var s = Complaint();
        s.Fields["visit"] = "٢٠٢٦-١١-٢٠";
        s.Fields["mobile"] = "٠٥٥ ١٢٣ ٤٥٦٧";
        Assert.Empty(Problems(s));
    }

    [Fact]
    public void A_message_to_an_official_needs_the_official()
    {
        var s = new RequestSubmission { Kind = RequestKind.Contact, Name = "سارة", Email = "sara@mail.example", Subject = "s", Message = "m", Target = RequestTargets.Agency };
        Assert.Equal(["Target"], Problems(s));
        s.Target = "minister-office";
        Assert.Empty(Problems(s));
        s.Target = "someone-else";
        Assert.Equal(["Target"], Problems(s));
    }

    [Fact]
    public void The_problem_names_the_field_by_its_label_in_the_visitors_language()
    {
        var s = Complaint();
        s.Fields["visit"] = "";
        var problem = new RequestFormValidator(Settings, []).Validate(s, "ar").Single();
        Assert.Equal("تاريخ الزيارة", problem.Arguments[0]);
    }

    [Fact]
    public void Reference_numbers_carry_the_kind_and_the_Hijri_year_and_survive_being_typed_back()
    {
        // 23 November 2026 is in Jumada al-Akhirah 1448.
        Assert.Equal("CMP-1448", ReferenceNumbers.CounterKey(RequestKind.Complaint, new DateTime(2026, 11, 23)));
        Assert.Equal("SUG-1447", ReferenceNumbers.CounterKey(RequestKind.Suggestion, new DateTime(2026, 3, 1)));
        Assert.Equal("CMP-1448-000123", ReferenceNumbers.Format("CMP-1448", 123));
        Assert.Equal("CMP-1448-000123", ReferenceNumbers.Normalize(" cmp–١٤٤٨-000123 "));
    }

    [Fact]
    public void Settings_that_cannot_work_are_named()
    {
        var defaults = new RequestSettings();
        var settings = defaults with
        {
            FallbackDepartment = "nowhere", Routing = [new RoutingRule { Department = "gone" }],
            Calendar = defaults.Calendar with { Closes = new TimeOnly(7, 0) },
            Attachments = defaults.Attachments with { Extensions = [.. defaults.Attachments.Extensions, ".exe"] },
        };
        var paths = RequestSettingsCheck.Problems(settings, ["care"]).Select(p => p.Path).ToList();
        Assert.Equal(["Routing[0].Department", "FallbackDepartment", "Calendar.Closes", "Attachments.Extensions"], paths);
    }
}

/// <summary>The response commitment counts its hours as Arabic does, through the module's plural catalogue, whatever the page's language.</summary>
public class ResponseCommitmentTests
{
    private static readonly Microsoft.Extensions.Localization.IStringLocalizer Catalogue = new Participation.Localization.PoStringLocalizer(
        new Participation.Localization.TranslationCatalog([("ar", Participation.Localization.PoFile.Parse(new StringReader(File.ReadAllText(
            Path.Combine(ArchitectureTests.SourceRoot(), "src", "Modules", "Participation.Requests", "Localization", "ar.po")))))]));

    [Theory]
    [InlineData(1, "نلتزم بالرد خلال ساعة عمل واحدة (")]
    [InlineData(2, "نلتزم بالرد خلال ساعتي عمل (")]
    [InlineData(3, "نلتزم بالرد خلال 3 ساعات عمل (")]
    [InlineData(10, "نلتزم بالرد خلال 10 ساعات عمل (")]
    [InlineData(11, "نلتزم بالرد خلال 11 ساعة عمل (")]
    [InlineData(72, "نلتزم بالرد خلال 72 ساعة عمل (")]
    [InlineData(100, "نلتزم بالرد خلال 100 ساعة عمل (")]
    [InlineData(103, "نلتزم بالرد خلال 103 ساعات عمل (")]
    public void Arabic_hours_take_the_form_of_their_count(int hours, string expected)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        // An English page (an officer's admin) still writes the participant's Arabic email in Arabic forms.
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
        try
        {
            Assert.StartsWith(expected, RequestVocabulary.Commitment(hours, new CalendarSettings(), null, "ar", Catalogue));
            Assert.Equal("en", System.Globalization.CultureInfo.CurrentUICulture.Name);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData(1, "We will answer within 1 office hour (")]
    [InlineData(2, "We will answer within 2 office hours (")]
    [InlineData(72, "We will answer within 72 office hours (")]
    public void English_hours_are_one_or_many(int hours, string expected)
        => Assert.StartsWith(expected, RequestVocabulary.Commitment(hours, new CalendarSettings(), null, "en", Catalogue));
}
