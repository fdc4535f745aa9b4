namespace Participation.Users.Services;

/// <summary>What a sign-in attempt came to. Only <see cref="WrongCredentials"/> and <see cref="MustWait"/> can follow a wrong password.</summary>
public enum SignInOutcome { SignedIn, WrongCredentials, MustWait, EmailNotConfirmed, Locked, NationalLoginRequired }
