using Microsoft.AspNetCore.Http;
using Participation.Files;
using Participation.Settings;

namespace Participation.Admin.Services;

/// <summary>
/// The agency's logo: checked as every upload is (its type by its first bytes, its size), kept
/// in the file store under a new name each time, so its address changes with it.
/// </summary>
public sealed class SiteLogo(IFileStore files)
{
    public const long MaxBytes = 512 * 1024;
    private static readonly string[] Extensions = [".png", ".jpg", ".jpeg"];

    /// <summary>Null when the file may be the logo, else "type" or "size".</summary>
    public static Task<string?> CheckAsync(IFormFile file) => UploadedFileCheck.CheckAsync(file, Extensions, MaxBytes);

    public async Task ReplaceAsync(SiteSettings settings, IFormFile file)
    {
        var path = $"site/logo-{Guid.NewGuid():N}{Path.GetExtension(UploadedFileName.Clean(file.FileName)).ToLowerInvariant()}";
        await using (var content = file.OpenReadStream()) await files.SaveAsync(path, content);
        await RemoveAsync(settings);
        settings.LogoFile = path;
    }

    public async Task RemoveAsync(SiteSettings settings)
    {
        if (settings.LogoFile.Length > 0) await files.DeleteAsync(settings.LogoFile);
        settings.LogoFile = "";
    }
}
