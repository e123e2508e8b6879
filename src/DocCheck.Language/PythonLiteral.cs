using System.Globalization;
using System.Runtime.CompilerServices;

namespace DocCheck.Language;

/// <summary>
/// Reads the Python dict literals of jieba's finalseg tables (<c>P={'B': {'\u4e00': -3.65, …}, …}</c>): nested dicts
/// of string keys and float values, string escapes <c>\uXXXX \UXXXXXXXX \xXX \\ \' \"</c>. Each float is handed to a
/// callback with its outer key (null at the top level) and its own key, without building dictionaries. Floats go
/// through <see cref="double.Parse(ReadOnlySpan{char}, NumberStyles, IFormatProvider)"/>, which rounds correctly, as
/// Python's float() does, so the values are bit for bit those of jieba.
/// </summary>
internal sealed class PythonLiteral
{
    private readonly string _text;
    private readonly Leaf _leaf;
    private char[] _key = new char[16];
    private int _at;

    private PythonLiteral(string text, int at, Leaf leaf)
    {
        _text = text;
        _at = at;
        _leaf = leaf;
    }

    /// <summary>Receives one float of the literal.</summary>
    public delegate void Leaf(string? outerKey, ReadOnlySpan<char> key, double value);

    /// <summary>Visits the first dict literal after <c>P=</c> (or the first <c>{</c>).</summary>
    public static void VisitAssignedDict(string source, Leaf leaf)
    {
        var assign = source.IndexOf("P=", StringComparison.Ordinal);
        var start = source.IndexOf('{', assign < 0 ? 0 : assign);
        if (start < 0)
        {
            throw new FormatException("no dict literal");
        }

        new PythonLiteral(source, start, leaf).ParseDict(null, nested: false);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseDict(string? outerKey, bool nested)
    {
        Expect('{');
        while (true)
        {
            SkipSpace();
            if (Peek() == '}')
            {
                _at++;
                return;
            }

            var keyLength = ParseKey();
            SkipSpace();
            Expect(':');
            SkipSpace();
            if (Peek() == '{')
            {
                if (nested)
                {
                    throw Error("a float (dicts nest two levels at most)");
                }

                ParseDict(new string(_key, 0, keyLength), nested: true);
            }
            else
            {
                _leaf(outerKey, _key.AsSpan(0, keyLength), ParseNumber());
            }

            SkipSpace();
            var next = Next();
            if (next == '}')
            {
                return;
            }

            if (next != ',')
            {
                throw Error("',' or '}'");
            }
        }
    }

    /// <summary>A string literal into <see cref="_key"/>; returns its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ParseKey()
    {
        if (Peek() is 'u' or 'U')
        {
            _at++;
        }

        var quote = Next();
        if (quote is not ('\'' or '"'))
        {
            throw Error("a string");
        }

        var length = 0;
        while (true)
        {
            var c = Next();
            if (c == quote)
            {
                return length;
            }

            if (c == '\\')
            {
                var escape = Next();
                switch (escape)
                {
                    case 'u':
                        c = (char)Hex(4);
                        break;
                    case 'U':
                        var codePoint = Hex(8);
                        if (codePoint >= 0x10000)
                        {
                            Append(ref length, char.ConvertFromUtf32(codePoint)[0]);
                            c = char.ConvertFromUtf32(codePoint)[1];
                        }
                        else
                        {
                            c = (char)codePoint;
                        }

                        break;
                    case 'x':
                        c = (char)Hex(2);
                        break;
                    case 'n':
                        c = '\n';
                        break;
                    case 't':
                        c = '\t';
                        break;
                    case 'r':
                        c = '\r';
                        break;
                    default:
                        c = escape;
                        break;
                }
            }

            Append(ref length, c);
        }
    }

    private void Append(ref int length, char c)
    {
        if (length == _key.Length)
        {
            Array.Resize(ref _key, _key.Length * 2);
        }

        _key[length++] = c;
    }

    private int Hex(int digits)
    {
        if (_at + digits > _text.Length)
        {
            throw Error("hex digits");
        }

        var value = int.Parse(_text.AsSpan(_at, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        _at += digits;
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double ParseNumber()
    {
        var start = _at;
        while (_at < _text.Length && (char.IsAsciiDigit(_text[_at]) || _text[_at] is '-' or '+' or '.' or 'e' or 'E'))
        {
            _at++;
        }

        return double.Parse(_text.AsSpan(start, _at - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipSpace()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private char Peek() => _at < _text.Length ? _text[_at] : throw Error("more text");

    private char Next() => _at < _text.Length ? _text[_at++] : throw Error("more text");

    private void Expect(char c)
    {
        if (Next() != c)
        {
            throw Error($"'{c}'");
        }
    }

    private FormatException Error(string expected) =>
        new(string.Create(CultureInfo.InvariantCulture, $"expected {expected} at offset {_at}"));
}
