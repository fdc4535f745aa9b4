using System.ComponentModel.DataAnnotations;
using Participation.Email.Models;
using Participation.Email.Services;

namespace Participation.Email.ViewModels;

public sealed class EmailAdminViewModel
{
    public required SmtpFormViewModel Smtp { get; init; }
    public required bool UsesConfiguration { get; init; }
    public required IReadOnlyList<OutboxMessage> Messages { get; init; }
    public required IReadOnlyDictionary<OutboxStatus, int> Counts { get; init; }
    public OutboxStatus? Status { get; init; }
}

public sealed class SmtpFormViewModel
{
    [Display(Name = "SMTP host")]
    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = "Enter a port between 1 and 65535.")]
    [Display(Name = "Port")]
    public int Port { get; set; } = 587;

    [Display(Name = "Encryption")]
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    [Display(Name = "User name")]
    public string? UserName { get; set; }

    [DataType(DataType.Password)]
    [Display(Name = "Password (leave empty to keep the saved one)")]
    public string? Password { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [Display(Name = "Sender address")]
    public string? Sender { get; set; }
}
