using System.Text.Json.Nodes;
using Participation.Workflows.Activities;
using Participation.Workflows.Models;

namespace Participation.Requests.Activities;

/// <summary>Events the suggestions and complaints module raises; <c>Kind</c> filters (Suggestion, Complaint, Contact).</summary>
public abstract class RequestEvent : EventActivity
{
    public override IEnumerable<ActivityVariable> Variables =>
    [
        new("Input.ReferenceNumber", "The request's reference number", "CMP-1448-000123"),
        new("Input.Name", "The participant's name", "نورة السالم"),
        new("Input.Email", "The participant's email address", "noura@mail.example"),
        new("Input.Subject", "The request's subject", "إنارة الحديقة معطلة"),
        new("Input.KindAr", "The kind of request in Arabic", "شكوى"),
        new("Input.KindEn", "The kind of request in English", "Complaint"),
        new("Input.TrackingUrl", "The participant's link to follow the request", "https://participation.example/requests/track/CMP-1448-000123"),
        new("Input.AdminUrl", "The request's page in the admin", "https://participation.example/admin/requests/123"),
        new("Input.DueText", "When the answer is due, in Arabic", "3 ديسمبر 2026م، 10:00 ص"),
        new("Input.DepartmentEmail", "The department's mailbox", "municipal@ministry.example"),
    ];

    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input) => Filter(activity, "Kind", input, "Kind");
}
