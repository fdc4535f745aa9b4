namespace Participation.Requests.Domain;

/// <summary>Office hours on a period of days that differ from the usual — Ramadan's shorter day.</summary>
public sealed record SpecialHours(DateOnly From, DateOnly To, TimeOnly Opens, TimeOnly Closes);

/// <summary>A day (or days) the offices are closed: a public holiday, Eid.</summary>
public sealed record Holiday(DateOnly From, DateOnly To, string NameAr, string NameEn);

/// <summary>
/// When the agency works: week days, office hours in its time zone, holidays and periods of
/// special hours. Response clocks run only inside these hours. Riyadh keeps no daylight
/// saving, but the arithmetic goes through the time zone so another zone stays right.
/// </summary>
public sealed class BusinessCalendar
{
    public BusinessCalendar(TimeZoneInfo timeZone, IEnumerable<DayOfWeek> workDays, TimeOnly opens, TimeOnly closes,
        IEnumerable<Holiday>? holidays = null, IEnumerable<SpecialHours>? specialHours = null)
    {
        if (closes <= opens) throw new ArgumentException("Offices must close after they open.", nameof(closes));
        TimeZone = timeZone;
        WorkDays = workDays.ToHashSet();
        if (WorkDays.Count == 0) throw new ArgumentException("At least one work day is needed.", nameof(workDays));
        Opens = opens;
        Closes = closes;
        Holidays = [.. holidays ?? []];
        Special = [.. specialHours ?? []];
    }

    public TimeZoneInfo TimeZone { get; }
    public IReadOnlySet<DayOfWeek> WorkDays { get; }
    public TimeOnly Opens { get; }
    public TimeOnly Closes { get; }
    public IReadOnlyList<Holiday> Holidays { get; }
    public IReadOnlyList<SpecialHours> Special { get; }

    /// <summary>Sunday–Thursday, 08:00–14:00, Asia/Riyadh.</summary>
    public static BusinessCalendar SaudiGovernment(IEnumerable<Holiday>? holidays = null, IEnumerable<SpecialHours>? specialHours = null)
        => new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Riyadh"),
            [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday],
            new TimeOnly(8, 0), new TimeOnly(14, 0), holidays, specialHours);

    /// <summary>The office hours of a local date, or null when the offices are closed all day.</summary>
    public (TimeOnly Opens, TimeOnly Closes)? HoursOn(DateOnly date)
    {
        if (!WorkDays.Contains(date.DayOfWeek) || Holidays.Any(h => date >= h.From && date <= h.To)) return null;
        var special = Special.LastOrDefault(s => date >= s.From && date <= s.To);
        return special is null ? (Opens, Closes) : (special.Opens, special.Closes);
    }

    public bool IsOpen(DateTime utc)
    {
        var local = ToLocal(utc);
        return HoursOn(DateOnly.FromDateTime(local)) is { } hours && TimeOnly.FromDateTime(local) >= hours.Opens && TimeOnly.FromDateTime(local) < hours.Closes;
    }

    /// <summary>The moment <paramref name="duration"/> of office time after <paramref name="startUtc"/>.</summary>
    public DateTime AddBusinessTime(DateTime startUtc, TimeSpan duration)
    {
        if (duration < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration));
        var local = ToLocal(startUtc);
        var remaining = duration;
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        for (var guard = 0; guard < 3660; guard++, date = date.AddDays(1), time = TimeOnly.MinValue)
        {
            if (HoursOn(date) is not { } hours) continue;
            var from = time > hours.Opens ? time : hours.Opens;
            if (from >= hours.Closes) continue;
            var available = hours.Closes - from;
            if (remaining <= available)
            {
                // Due exactly at closing time rather than at the next day's opening.
                return ToUtc(date.ToDateTime(from).Add(remaining));
            }
            remaining -= available;
        }
        throw new InvalidOperationException("The calendar has no office hours in the next ten years.");
    }

    /// <summary>Office time between two moments (zero when <paramref name="toUtc"/> is not later).</summary>
    public TimeSpan BusinessTimeBetween(DateTime fromUtc, DateTime toUtc)
    {
        if (toUtc <= fromUtc) return TimeSpan.Zero;
        var from = ToLocal(fromUtc);
        var to = ToLocal(toUtc);
        var total = TimeSpan.Zero;
        for (var date = DateOnly.FromDateTime(from); date <= DateOnly.FromDateTime(to); date = date.AddDays(1))
        {
            if (HoursOn(date) is not { } hours) continue;
            var start = date.ToDateTime(hours.Opens);
            var end = date.ToDateTime(hours.Closes);
            if (from > start) start = from;
            if (to < end) end = to;
            if (end > start) total += end - start;
        }
        return total;
    }

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);

    private DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZone);
}
