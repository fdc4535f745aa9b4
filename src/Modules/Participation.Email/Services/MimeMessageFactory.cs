using System.Net;
using MimeKit;

namespace Participation.Email.Services;

/// <summary>Builds a multipart (text + HTML) message; Arabic HTML is marked right-to-left.</summary>
public static class MimeMessageFactory
{
    public static MimeMessage Create(MailMessage message, string sender, string messageId)
    {
        var mime = new MimeMessage { MessageId = messageId, Subject = message.Subject };
        mime.From.Add(MailboxAddress.Parse(sender));
        foreach (var to in message.To) mime.To.Add(MailboxAddress.Parse(to));
        foreach (var cc in message.Cc) mime.Cc.Add(MailboxAddress.Parse(cc));
        foreach (var bcc in message.Bcc) mime.Bcc.Add(MailboxAddress.Parse(bcc));
        if (!string.IsNullOrWhiteSpace(message.ReplyTo)) mime.ReplyTo.Add(MailboxAddress.Parse(message.ReplyTo));

        var rtl = message.Culture.StartsWith("ar", StringComparison.OrdinalIgnoreCase);
        var html = message.HtmlBody ?? string.Join("", message.TextBody.Split("\n\n").Select(p => $"<p>{WebUtility.HtmlEncode(p).Replace("\n", "<br>")}</p>"));
        var body = new BodyBuilder
        {
            TextBody = message.TextBody,
            HtmlBody = $"<!DOCTYPE html><html lang=\"{(rtl ? "ar" : "en")}\" dir=\"{(rtl ? "rtl" : "ltr")}\"><head><meta charset=\"utf-8\"></head>"
                + $"<body style=\"font-family:Tahoma,Arial,sans-serif;line-height:1.7;direction:{(rtl ? "rtl" : "ltr")};text-align:{(rtl ? "right" : "left")}\">{html}</body></html>",
        };
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
