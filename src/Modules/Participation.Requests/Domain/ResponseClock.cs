using Participation.Requests.Models;

namespace Participation.Requests.Domain;

/// <summary>
/// The response commitment on a request, in office hours: due at submission plus the
/// commitment; stopped while waiting for the participant (the office time left is kept) and
/// restarted from that remainder; measured without the stopped time.
/// </summary>
public sealed class ResponseClock(BusinessCalendar calendar)
{
    public DateTime DueFrom(DateTime submittedUtc, int responseHours) => calendar.AddBusinessTime(submittedUtc, TimeSpan.FromHours(responseHours));

    /// <summary>The instant this much office time after the start.</summary>
    public DateTime AddOfficeTime(DateTime startUtc, TimeSpan officeTime) => calendar.AddBusinessTime(startUtc, officeTime);

    public void Stop(ServiceRequest request, DateTime nowUtc)
    {
        if (request.PausedUtc is not null) return;
        request.PausedUtc = nowUtc;
        request.RemainingMinutes = (int)Math.Ceiling(calendar.BusinessTimeBetween(nowUtc, request.DueUtc).TotalMinutes);
    }

    public void Restart(ServiceRequest request, DateTime nowUtc)
    {
        if (request.PausedUtc is not { } pausedUtc) return;
        request.PausedMinutes += (int)calendar.BusinessTimeBetween(pausedUtc, nowUtc).TotalMinutes;
        request.DueUtc = calendar.AddBusinessTime(nowUtc, TimeSpan.FromMinutes(request.RemainingMinutes ?? 0));
        request.PausedUtc = null;
        request.RemainingMinutes = null;
    }

    /// <summary>Office time the agency took to answer, the stopped time left out.</summary>
    public TimeSpan TimeToAnswer(ServiceRequest request)
        => request.AnsweredUtc is { } answered ? TimeToAnswer(request.SubmittedUtc, answered, request.PausedMinutes) : TimeSpan.Zero;

    public TimeSpan TimeToAnswer(DateTime submittedUtc, DateTime answeredUtc, int pausedMinutes)
        => calendar.BusinessTimeBetween(submittedUtc, answeredUtc) - TimeSpan.FromMinutes(pausedMinutes);

    public bool IsOverdue(ServiceRequest request, DateTime nowUtc) => request.IsOpen && request.PausedUtc is null && request.DueUtc <= nowUtc;

    public bool IsDueSoon(ServiceRequest request, DateTime nowUtc, int dueSoonHours)
        => request.IsOpen && request.PausedUtc is null && request.DueUtc > nowUtc && calendar.BusinessTimeBetween(nowUtc, request.DueUtc) <= TimeSpan.FromHours(dueSoonHours);
}
