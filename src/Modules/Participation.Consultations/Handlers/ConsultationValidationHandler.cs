using Microsoft.Extensions.Localization;
using Participation.ContentManagement;
using Participation.Consultations.Models;

namespace Participation.Consultations.Handlers;

/// <summary>A consultation still to collect participation cannot be published with its closing date behind it.</summary>
public sealed class ConsultationValidationHandler(TimeProvider clock, IStringLocalizer<ConsultationValidationHandler> T) : IContentHandler
{
    public Task ValidatingAsync(ContentItem item, ContentValidationResult result)
    {
        if (item.ContentType != ContentTypes.Consultation) return Task.CompletedTask;
        var part = item.As<ConsultationPart>();
        if (part.OpensUtc is { } opens && part.ClosesUtc is { } closes && closes <= opens)
            result.Fail("ConsultationPart.Closes", T["The participation period must close after it opens."]);
        var collecting = item.Stage is null or ConsultationLifecycle.Draft or ConsultationLifecycle.Proposed or ConsultationLifecycle.Open;
        if (item.Published && collecting && part.ClosesUtc is { } end && end <= clock.GetUtcNow().UtcDateTime)
            result.Fail("ConsultationPart.Closes", T["The closing date has passed: set a later one before publishing."]);
        return Task.CompletedTask;
    }
}
