// Go statements.
package dev.goloom.syntax;

import dev.goloom.diag.Pos;
import java.util.List;

/** A statement. Optional parts (init statements, conditions, labels) are null when absent. */
public sealed interface Stmt extends Node {

    record Block(Pos pos, List<Stmt> stmts, Pos rbrace) implements Stmt {}

    /** A const, var or type declaration inside a function. */
    record DeclStmt(Pos pos, Decl.Gen decl) implements Stmt {}

    record Empty(Pos pos) implements Stmt {}

    record Labeled(Pos pos, Expr.Ident label, Stmt stmt) implements Stmt {}

    record ExprStmt(Pos pos, Expr x) implements Stmt {}

    record Send(Pos pos, Expr chan, Expr value) implements Stmt {}

    /** {@code x++} or {@code x--}; {@code op} is "++" or "--". */
    record IncDec(Pos pos, Expr x, String op) implements Stmt {}

    /** Assignment; {@code op} is "=", ":=" or an operator assignment such as "+=". */
    record Assign(Pos pos, List<Expr> lhs, String op, List<Expr> rhs) implements Stmt {}

    record Go(Pos pos, Expr.Call call) implements Stmt {}

    record Defer(Pos pos, Expr.Call call) implements Stmt {}

    record Return(Pos pos, List<Expr> results) implements Stmt {}

    /** break, continue, goto or fallthrough; {@code label} may be null. */
    record Branch(Pos pos, String keyword, Expr.Ident label) implements Stmt {}

    /** {@code els} is null, an If, or a Block. */
    record If(Pos pos, Stmt init, Expr cond, Block then, Stmt els) implements Stmt {}

    /** A case of an expression or type switch; {@code list} is empty for default. */
    record CaseClause(Pos pos, List<Expr> list, boolean isDefault, List<Stmt> body) implements Stmt {}

    record Switch(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos rbrace) implements Stmt {}

    /** {@code switch [init;] [x :=] y.(type) {...}}; {@code assign} is an Assign or ExprStmt. */
    record TypeSwitch(Pos pos, Stmt init, Stmt assign, List<CaseClause> clauses, Pos rbrace) implements Stmt {}

    /** A case of a select; {@code comm} is a Send, a receive ExprStmt/Assign, or null for default. */
    record CommClause(Pos pos, Stmt comm, List<Stmt> body) implements Stmt {}

    record Select(Pos pos, List<CommClause> clauses) implements Stmt {}

    record For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {}

    /** {@code for key, value := range x}; {@code op} is ":=", "=" or null when nothing is assigned. */
    record Range(Pos pos, Expr key, Expr value, String op, Expr x, Block body) implements Stmt {}
}
