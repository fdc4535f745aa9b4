namespace Participation.Printing;

/// <summary>
/// Prints an HTML page to a PDF. An interface where a caller's work must go on around the print
/// (the monthly impact reports), so a test site can hold or replace the printer.
/// </summary>
public interface IPdfPrinter
{
    Task<byte[]> PrintAsync(string html);
}
