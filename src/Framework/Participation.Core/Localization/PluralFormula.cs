namespace Participation.Localization;

/// <summary>
/// The <c>plural=</c> expression of a PO file's <c>Plural-Forms</c> header (C syntax over <c>n</c>),
/// parsed once into a function from a count to the index of its form. Only integers, <c>n</c>,
/// arithmetic, comparisons, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>?:</c> and parentheses are
/// understood: nothing in a catalogue can run code.
/// </summary>
public sealed class PluralFormula
{
    /// <summary>gettext's rule for Arabic: zero, one, two, few (3–10), many (11–99), other.</summary>
    public const string Arabic = "n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5";
    public const string English = "n != 1";

    private readonly Func<long, long> _evaluate;

    private PluralFormula(Func<long, long> evaluate, int count)
    {
        _evaluate = evaluate;
        Count = count;
    }

    /// <summary><c>nplurals</c>: how many forms each plural entry has.</summary>
    public int Count { get; }

    /// <summary>The index of the form for <paramref name="n"/>, within 0 … Count − 1.</summary>
    public int FormFor(long n) => (int)Math.Clamp(_evaluate(Math.Abs(n)), 0, Count - 1);

    /// <summary>The built-in rule of a language, for catalogues whose header does not say.</summary>
    public static PluralFormula ForLanguage(string culture)
        => culture.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? Parse(6, Arabic) : Parse(2, English);

    /// <summary>From a header such as <c>nplurals=6; plural=n==0 ? 0 : …;</c>; null when it has no valid rule.</summary>
    public static PluralFormula? FromHeader(string header)
    {
        var nplurals = Value(header, "nplurals=");
        var plural = Value(header, "plural=");
        if (!int.TryParse(nplurals, out var count) || count is < 1 or > 6 || plural is null) return null;
        try { return Parse(count, plural); }
        catch (FormatException) { return null; }
    }

    /// <exception cref="FormatException">The expression is not one this reader understands.</exception>
    public static PluralFormula Parse(int count, string expression)
    {
        if (expression.Length > 500) throw new FormatException("The plural expression is too long.");
        var parser = new Parser(expression);
        var evaluate = parser.Ternary();
        parser.End();
        return new(evaluate, count);
    }

    private static string? Value(string header, string name)
    {
        var start = header.IndexOf(name, StringComparison.Ordinal);
        if (start < 0) return null;
        start += name.Length;
        var end = header.IndexOf(';', start);
        return (end < 0 ? header[start..] : header[start..end]).Trim();
    }

    /// <summary>Recursive descent in C's precedence order, each level building a closure.</summary>
    private sealed class Parser(string text)
    {
        private int _at;

        public Func<long, long> Ternary()
        {
            var condition = Or();
            if (!Take("?")) return condition;
            var then = Ternary();
            Expect(":");
            var otherwise = Ternary();
            return n => condition(n) != 0 ? then(n) : otherwise(n);
        }

        public void End()
        {
            Skip();
            if (_at < text.Length) throw new FormatException($"Unexpected '{text[_at]}' at {_at} in the plural expression.");
        }

        private Func<long, long> Or()
        {
            var left = And();
            while (Take("||")) { var l = left; var r = And(); left = n => l(n) != 0 || r(n) != 0 ? 1 : 0; }
            return left;
        }

        private Func<long, long> And()
        {
            var left = Equality();
            while (Take("&&")) { var l = left; var r = Equality(); left = n => l(n) != 0 && r(n) != 0 ? 1 : 0; }
            return left;
        }

        private Func<long, long> Equality()
        {
            var left = Relational();
            while (true)
            {
                var l = left;
                if (Take("==")) { var r = Relational(); left = n => l(n) == r(n) ? 1 : 0; }
                else if (Take("!=")) { var r = Relational(); left = n => l(n) != r(n) ? 1 : 0; }
                else return left;
            }
        }

        private Func<long, long> Relational()
        {
            var left = Additive();
            while (true)
            {
                var l = left;
                if (Take("<=")) { var r = Additive(); left = n => l(n) <= r(n) ? 1 : 0; }
                else if (Take(">=")) { var r = Additive(); left = n => l(n) >= r(n) ? 1 : 0; }
                else if (Take("<")) { var r = Additive(); left = n => l(n) < r(n) ? 1 : 0; }
                else if (Take(">")) { var r = Additive(); left = n => l(n) > r(n) ? 1 : 0; }
                else return left;
            }
        }

        private Func<long, long> Additive()
        {
            var left = Multiplicative();
            while (true)
            {
                var l = left;
                if (Take("+")) { var r = Multiplicative(); left = n => l(n) + r(n); }
                else if (Take("-")) { var r = Multiplicative(); left = n => l(n) - r(n); }
                else return left;
            }
        }

        private Func<long, long> Multiplicative()
        {
            var left = Unary();
            while (true)
            {
                var l = left;
                // Division by zero gives 0 rather than throwing while a page renders.
                if (Take("*")) { var r = Unary(); left = n => l(n) * r(n); }
                else if (Take("/")) { var r = Unary(); left = n => r(n) == 0 ? 0 : l(n) / r(n); }
                else if (Take("%")) { var r = Unary(); left = n => r(n) == 0 ? 0 : l(n) % r(n); }
                else return left;
            }
        }

        private Func<long, long> Unary()
        {
            if (Take("!")) { var operand = Unary(); return n => operand(n) == 0 ? 1 : 0; }
            if (Take("(")) { var inner = Ternary(); Expect(")"); return inner; }
            Skip();
            if (_at < text.Length && text[_at] == 'n') { _at++; return n => n; }
            var start = _at;
            while (_at < text.Length && char.IsAsciiDigit(text[_at])) _at++;
            if (_at == start || !long.TryParse(text.AsSpan(start, _at - start), out var value))
                throw new FormatException($"Expected n, a number or '(' at {start} in the plural expression.");
            return _ => value;
        }

        private bool Take(string token)
        {
            Skip();
            if (string.CompareOrdinal(text, _at, token, 0, token.Length) != 0) return false;
            // "<" must not take the first half of "<=", nor "!" of "!=".
            if (token is "<" or ">" or "!" && _at + 1 < text.Length && text[_at + 1] == '=') return false;
            _at += token.Length;
            return true;
        }

        private void Expect(string token)
        {
            if (!Take(token)) throw new FormatException($"Expected '{token}' at {_at} in the plural expression.");
        }

        private void Skip()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at])) _at++;
        }
    }
}
