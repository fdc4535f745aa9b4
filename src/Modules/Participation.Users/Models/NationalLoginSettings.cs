namespace Participation.Users.Models;

/// <summary>The national login: off while <see cref="Providers"/> is empty.</summary>
public sealed class NationalLoginSettings
{
    public List<NationalLoginProvider> Providers { get; set; } = [];
    /// <summary>Staff sign in only through a national login; administrators keep their password as a break-glass way in.</summary>
    public bool StaffOnly { get; set; }

    public NationalLoginProvider? Find(string key) => Providers.FirstOrDefault(p => p.Key == key);
}
