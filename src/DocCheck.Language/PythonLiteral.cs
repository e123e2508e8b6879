using System.Globalization;
using System.Text;

namespace DocCheck.Language;

/// <summary>
/// Reads the Python dict literals of jieba's finalseg tables (<c>P={'B': {'\u4e00': -3.65, …}, …}</c>): nested dicts
/// of string keys and float values, string escapes <c>\uXXXX \UXXXXXXXX \xXX \\ \' \"</c>. Floats go through
/// <see cref="double.Parse(string, IFormatProvider)"/>, which rounds correctly, as Python's float() does, so the
/// values are bit for bit those of jieba.
/// </summary>
internal sealed class PythonLiteral
{
    private readonly string _text;
    private int _at;

    private PythonLiteral(string text, int at)
    {
        _text = text;
        _at = at;
    }

    /// <summary>Parses the first dict literal after <c>P=</c> (or the first <c>{</c>).</summary>
    public static Dictionary<string, object> ParseAssignedDict(string source)
    {
        var assign = source.IndexOf("P=", StringComparison.Ordinal);
        var start = source.IndexOf('{', assign < 0 ? 0 : assign);
        if (start < 0)
        {
            throw new FormatException("no dict literal");
        }

        return new PythonLiteral(source, start).ParseDict();
    }

    private Dictionary<string, object> ParseDict()
    {
        Expect('{');
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        SkipSpace();
        if (Peek() == '}')
        {
            _at++;
            return result;
        }

        while (true)
        {
            SkipSpace();
            var key = ParseString();
            SkipSpace();
            Expect(':');
            SkipSpace();
            result[key] = Peek() == '{' ? ParseDict() : ParseNumber();
            SkipSpace();
            var next = Next();
            if (next == '}')
            {
                return result;
            }

            if (next != ',')
            {
                throw Error("',' or '}'");
            }

            SkipSpace();
            if (Peek() == '}')
            {
                _at++;
                return result;
            }
        }
    }

    private string ParseString()
    {
        var prefix = Peek();
        if (prefix is 'u' or 'U')
        {
            _at++;
        }

        var quote = Next();
        if (quote is not ('\'' or '"'))
        {
            throw Error("a string");
        }

        var builder = new StringBuilder();
        while (true)
        {
            var c = Next();
            if (c == quote)
            {
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = Next();
            switch (escape)
            {
                case 'u':
                    builder.Append((char)Hex(4));
                    break;
                case 'U':
                    builder.Append(char.ConvertFromUtf32(Hex(8)));
                    break;
                case 'x':
                    builder.Append((char)Hex(2));
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                default:
                    builder.Append(escape);
                    break;
            }
        }
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

    private double ParseNumber()
    {
        var start = _at;
        while (_at < _text.Length && (char.IsAsciiDigit(_text[_at]) || _text[_at] is '-' or '+' or '.' or 'e' or 'E'))
        {
            _at++;
        }

        return double.Parse(_text.AsSpan(start, _at - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

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
