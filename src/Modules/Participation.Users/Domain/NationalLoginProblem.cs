namespace Participation.Users.Domain;

/// <summary>Why a national sign-in did not finish; each has its own page telling the person what to do.</summary>
public enum NationalLoginProblem { Failed, Unavailable, Expired, Cancelled, NoIdentity, BoundToOther, Locked }
