namespace Participation.Caching;

/// <summary>A personal block's place in a page template: the <see cref="IPersonalFragment"/> and the key its view gave.</summary>
internal sealed record FragmentSlot(string Name, string Key);
