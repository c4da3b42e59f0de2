// Go expressions, and types, which go/ast also represents as expressions.
package dev.goloom.syntax;

import dev.goloom.diag.Pos;
import java.util.List;

/** An expression or a type (the parser cannot tell them apart; the checker does). */
public sealed interface Expr extends Node {

    /** An identifier; {@code _} is the blank identifier. */
    record Ident(Pos pos, String name) implements Expr {}

    /** The kinds of basic literal. */
    enum LitKind { INT, FLOAT, IMAG, CHAR, STRING }

    /**
     * A basic literal. {@code raw} is the source text; {@code value} is the decoded value for
     * CHAR (the code point as Integer) and STRING (a byte string: one char per byte), else the
     * raw text with '_' separators kept.
     */
    record BasicLit(Pos pos, LitKind kind, String raw, Object value) implements Expr {}

    /** {@code T{elts}}; {@code type} is null for an elided type inside another literal. */
    record CompositeLit(Pos pos, Expr type, List<Expr> elts, Pos rbrace) implements Expr {}

    /** A function literal (closure). */
    record FuncLit(Pos pos, FuncType type, Stmt.Block body) implements Expr {}

    /** {@code (x)}. */
    record Paren(Pos pos, Expr x) implements Expr {}

    /** {@code x.sel}. */
    record Selector(Pos pos, Expr x, Ident sel) implements Expr {}

    /** {@code x[i]} or, with several indices, an instantiation {@code f[A, B]}. */
    record Index(Pos pos, Expr x, List<Expr> indices) implements Expr {}

    /** {@code x[lo:hi]} or {@code x[lo:hi:max]}; absent bounds are null. */
    record Slice(Pos pos, Expr x, Expr lo, Expr hi, Expr max, boolean slice3) implements Expr {}

    /** {@code x.(T)}; {@code type} is null for {@code x.(type)} in a type switch. */
    record TypeAssert(Pos pos, Expr x, Expr type) implements Expr {}

    /** {@code f(args)}; {@code ellipsis} is true for {@code f(s...)}. */
    record Call(Pos pos, Expr fun, List<Expr> args, boolean ellipsis, Pos rparen) implements Expr {}

    /** {@code *x}: a dereference or a pointer type. */
    record Star(Pos pos, Expr x) implements Expr {}

    /** A unary operation; {@code op} is the operator token text ("-", "!", "<-", ...). */
    record Unary(Pos pos, String op, Expr x) implements Expr {}

    /** A binary operation; {@code pos} is the operator's position, as gc reports it. */
    record Binary(Pos pos, Expr x, String op, Expr y) implements Expr {}

    /** {@code key: value} inside a composite literal. */
    record KeyValue(Pos pos, Expr key, Expr value) implements Expr {}

    /** {@code [len]elem}, {@code [...]elem} (len is an {@link Ellipsis}) or {@code []elem} (len null). */
    record ArrayType(Pos pos, Expr len, Expr elem) implements Expr {}

    /** {@code ...} as an array length, or {@code ...T} as the type of a variadic parameter. */
    record Ellipsis(Pos pos, Expr elem) implements Expr {}

    record StructType(Pos pos, List<Field> fields) implements Expr {}

    /** A function signature; {@code typeParams} is empty for non-generic functions. */
    record FuncType(Pos pos, List<Field> typeParams, List<Field> params, List<Field> results) implements Expr {}

    /** An interface: methods are fields with a FuncType; embedded elements have no names. */
    record InterfaceType(Pos pos, List<Field> elems) implements Expr {}

    record MapType(Pos pos, Expr key, Expr value) implements Expr {}

    enum ChanDir { BOTH, SEND, RECV }

    record ChanType(Pos pos, ChanDir dir, Expr elem) implements Expr {}
}
