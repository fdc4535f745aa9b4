using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Participation.Files;

namespace Participation.UnitTests;

/// <summary>What the upload check lets through: whole documents of the named type, nothing that is also a page or a program.</summary>
public class UploadTests
{
    private static readonly string[] Documents = [".pdf", ".docx", ".xlsx"];
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private static Task<string?> CheckAsync(string name, byte[] content)
        => UploadedFileCheck.CheckAsync(new FormFile(new MemoryStream(content), 0, content.Length, "attachments", name), Documents, 1024 * 1024);

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        return buffer.ToArray();
    }

    private static readonly (string, byte[]) ContentTypes = ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8.ToArray());
    private static readonly (string, byte[]) Body = ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"u8.ToArray());

    [Fact]
    public async Task A_whole_pdf_and_a_whole_office_document_are_accepted()
    {
        Assert.Null(await CheckAsync("الخطة.pdf", Pdf));
        Assert.Null(await CheckAsync("الخطة.docx", Zip(ContentTypes, Body)));
    }

    [Fact]
    public async Task A_pdf_that_is_also_a_web_page_is_refused()
    {
        var polyglot = Encoding.ASCII.GetBytes("%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n");
        Assert.Equal("type", await CheckAsync("invoice.pdf", polyglot));
        Assert.Equal("type", await CheckAsync("invoice.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n<!DOCTYPE html><p>x</p>")));
    }

    [Fact]
    public async Task A_pdf_without_its_end_of_file_marker_is_refused()
        => Assert.Equal("type", await CheckAsync("cut.pdf", "%PDF-1.4\n1 0 obj<<>>endobj\n"u8.ToArray()));

    [Fact]
    public async Task A_zip_carrying_a_program_is_not_an_office_document()
    {
        byte[] program = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00];
        Assert.Equal("type", await CheckAsync("report.docx", Zip(("setup.exe", program))));
        Assert.Equal("type", await CheckAsync("report.docx", Zip(ContentTypes, Body, ("word/media/setup.exe", program))));
        Assert.Equal("type", await CheckAsync("report.docx", Zip(ContentTypes, Body, ("word/media/image1.png", program))));
        Assert.Equal("type", await CheckAsync("report.xlsx", Zip(Body)));
        Assert.Equal("type", await CheckAsync("report.docx", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02]));
    }

    [Theory]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("report\0.pdf", "report.pdf")]
    [InlineData("\u2067الخطة\u2069.pdf", "الخطة.pdf")]
    [InlineData("C:\\Users\\mona\\الخطة.pdf", "الخطة.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("\u202E.pdf", "file.pdf")]
    [InlineData("می\u200Cخواهم.pdf", "می\u200Cخواهم.pdf")]
    public void File_names_are_kept_without_control_or_direction_characters(string sent, string kept)
        => Assert.Equal(kept, UploadedFileName.Clean(sent));
}
