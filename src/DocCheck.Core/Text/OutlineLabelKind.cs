namespace DocCheck.Core.Text;

/// <summary>The ways Chinese reports number their outline, from the top level down.</summary>
public enum OutlineLabelKind
{
    /// <summary>第一部分, 第二章.</summary>
    Part,

    /// <summary>一、 二、</summary>
    ChineseComma,

    /// <summary>（一） （二）</summary>
    ChineseParen,

    /// <summary>1. 1、 1．</summary>
    ArabicDot,

    /// <summary>（1） (1) 1)</summary>
    ArabicParen,

    /// <summary>① ②</summary>
    Circled,
}
