namespace Participation.Caching;

/// <summary>A personal block as a partial view (by its path, <c>~/Areas/{module}/Views/…cshtml</c>) and its model.</summary>
public sealed record PersonalFragmentView(string ViewPath, object? Model);
