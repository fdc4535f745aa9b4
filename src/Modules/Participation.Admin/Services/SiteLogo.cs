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

    /// <summary>Stores the new logo, deletes the old one, and answers the settings that name it.</summary>
    public async Task<SiteSettings> ReplaceAsync(SiteSettings settings, IFormFile file)
    {
        var path = $"site/logo-{Guid.NewGuid():N}{Path.GetExtension(UploadedFileName.Clean(file.FileName)).ToLowerInvariant()}";
        await using (var content = file.OpenReadStream()) await files.SaveAsync(path, content);
        return (await RemoveAsync(settings)) with { LogoFile = path };
    }

    /// <summary>Deletes the logo and answers the settings without it.</summary>
    public async Task<SiteSettings> RemoveAsync(SiteSettings settings)
    {
        if (settings.LogoFile.Length > 0) await files.DeleteAsync(settings.LogoFile);
        return settings with { LogoFile = "" };
    }
}
