using System.Net;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace Participation.Email.Services;

/// <summary>Builds a multipart (text + HTML) message; Arabic HTML is marked right-to-left.</summary>
public sealed class MimeMessageFactory(IConfiguration configuration)
{
    public MimeMessage Create(MailMessage message)
    {
        var mime = new MimeMessage();
        var sender = configuration["Participation:Email:Sender"] ?? "no-reply@participation.local";
        mime.From.Add(MailboxAddress.Parse(sender));
        foreach (var to in message.To) mime.To.Add(MailboxAddress.Parse(to));
        foreach (var cc in message.Cc) mime.Cc.Add(MailboxAddress.Parse(cc));
        foreach (var bcc in message.Bcc) mime.Bcc.Add(MailboxAddress.Parse(bcc));
        if (!string.IsNullOrWhiteSpace(message.ReplyTo)) mime.ReplyTo.Add(MailboxAddress.Parse(message.ReplyTo));
        mime.Subject = message.Subject;

        var rtl = message.Culture.StartsWith("ar", StringComparison.OrdinalIgnoreCase);
        var html = message.HtmlBody ?? string.Join("", message.TextBody.Split("\n\n").Select(p => $"<p>{WebUtility.HtmlEncode(p).Replace("\n", "<br>")}</p>"));
        var body = new BodyBuilder
        {
            TextBody = message.TextBody,
            HtmlBody = $"<!DOCTYPE html><html lang=\"{(rtl ? "ar" : "en")}\" dir=\"{(rtl ? "rtl" : "ltr")}\"><head><meta charset=\"utf-8\"></head><body style=\"font-family:Tahoma,Arial,sans-serif;line-height:1.6\">{html}</body></html>",
        };
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
