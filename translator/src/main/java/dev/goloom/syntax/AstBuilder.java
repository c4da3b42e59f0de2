// Builds goloom's immutable AST from an ANTLR parse tree; the only class that sees ANTLR contexts.
package dev.goloom.syntax;

import dev.goloom.diag.Diagnostics;
import dev.goloom.diag.Pos;
import dev.goloom.syntax.GoParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Walks a {@link SourceFileContext} once and returns a {@link GoFile}. Context checks that
 * the factored grammar leaves open (gc does the same in its parser) are reported here with
 * gc's messages, e.g. "cannot use x := 1 as value" or "missing condition in if statement".
 */
final class AstBuilder {
    /** The file, for positions. */
    private final SourceText source;
    /** The file's tokens and comments. */
    private final GoTokens tokens;
    /** Where errors go. */
    private final Diagnostics diags;

    AstBuilder(SourceText source, GoTokens tokens, Diagnostics diags) {
        this.source = source;
        this.tokens = tokens;
        this.diags = diags;
    }

    private Pos pos(Token t) {
        return source.pos(t);
    }

    private Pos pos(ParserRuleContext ctx) {
        return source.pos(ctx.getStart());
    }

    private Pos pos(TerminalNode n) {
        return source.pos(n.getSymbol());
    }

    private void syntaxError(Pos pos, String message) {
        diags.error(pos, "syntax error: " + message);
    }

    // ---- Files and declarations ------------------------------------------------------------

    GoFile file(SourceFileContext ctx) {
        Expr.Ident pkg = ident(ctx.packageClause().IDENTIFIER());
        List<Spec.Import> imports = new ArrayList<>();
        List<Decl> decls = new ArrayList<>();
        for (ImportDeclContext d : ctx.importDecl()) {
            List<Spec> specs = new ArrayList<>();
            for (ImportSpecContext s : d.importSpec()) {
                Spec.Import imp = importSpec(s);
                imports.add(imp);
                specs.add(imp);
            }
            decls.add(new Decl.Gen(pos(d), "import", specs));
        }
        for (TopLevelDeclContext d : ctx.topLevelDecl()) {
            if (d.declaration() != null) {
                decls.add(declaration(d.declaration()));
            } else if (d.functionDecl() != null) {
                decls.add(functionDecl(d.functionDecl()));
            } else {
                decls.add(methodDecl(d.methodDecl()));
            }
        }
        return new GoFile(pos(ctx), source.file(), pkg, imports, decls, buildConstraint(ctx));
    }

    private String buildConstraint(SourceFileContext ctx) {
        for (Token t : tokens.commentsBeforeAll(ctx.packageClause().getStart().getTokenIndex())) {
            if (t.getText().startsWith("//go:build ")) {
                return t.getText().substring("//go:build ".length()).trim();
            }
        }
        return null;
    }

    /** The comment group ending on the line just above {@code start}, as go/ast attaches it. */
    private String docComment(Token start) {
        List<Token> hidden = tokens.commentsBefore(start.getTokenIndex());
        List<String> lines = new ArrayList<>();
        int expectLine = start.getLine() - 1;
        for (int i = hidden.size() - 1; i >= 0; i--) {
            Token t = hidden.get(i);
            if (t.getType() != GoLexer.LINE_COMMENT || t.getLine() != expectLine) {
                break;
            }
            lines.addFirst(t.getText().substring(2).stripLeading());
            expectLine--;
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private Spec.Import importSpec(ImportSpecContext s) {
        Expr.Ident name = null;
        if (s.DOT() != null) {
            name = new Expr.Ident(pos(s.DOT()), ".");
        } else if (s.IDENTIFIER() != null) {
            name = ident(s.IDENTIFIER());
        }
        Expr.BasicLit path = stringLit(s.string_());
        String value = (String) path.value();
        return new Spec.Import(pos(s), name, value, path.pos());
    }

    private Decl.Gen declaration(DeclarationContext d) {
        if (d.constDecl() != null) {
            List<Spec> specs = new ArrayList<>();
            int iota = 0;
            for (ConstSpecContext s : d.constDecl().constSpec()) {
                specs.add(new Spec.Value(pos(s), identList(s.identifierList()),
                        s.type_() == null ? null : type(s.type_()),
                        s.expressionList() == null ? List.of() : exprList(s.expressionList()),
                        iota++, docComment(s.getStart())));
            }
            return new Decl.Gen(pos(d), "const", specs);
        }
        if (d.varDecl() != null) {
            List<Spec> specs = new ArrayList<>();
            for (VarSpecContext s : d.varDecl().varSpec()) {
                specs.add(new Spec.Value(pos(s), identList(s.identifierList()),
                        s.type_() == null ? null : type(s.type_()),
                        s.expressionList() == null ? List.of() : exprList(s.expressionList()),
                        0, docComment(s.getStart())));
            }
            return new Decl.Gen(pos(d), "var", specs);
        }
        List<Spec> specs = new ArrayList<>();
        for (TypeSpecContext s : d.typeDecl().typeSpec()) {
            specs.add(new Spec.Type(pos(s), ident(s.IDENTIFIER()),
                    s.typeParameters() == null ? List.of() : typeParams(s.typeParameters()),
                    s.ASSIGN() != null, type(s.type_()), docComment(s.getStart())));
        }
        return new Decl.Gen(pos(d), "type", specs);
    }

    private Decl.Func functionDecl(FunctionDeclContext f) {
        List<Field> tparams = f.typeParameters() == null ? List.of() : typeParams(f.typeParameters());
        Expr.FuncType type = signature(pos(f), tparams, f.signature());
        return new Decl.Func(pos(f), null, ident(f.IDENTIFIER()), type,
                f.block() == null ? null : block(f.block()), docComment(f.getStart()));
    }

    private Decl.Func methodDecl(MethodDeclContext m) {
        if (m.typeParameters() != null) {
            syntaxError(pos(m.typeParameters()), "method must have no type parameters");
        }
        List<Field> receivers = parameters(m.receiver);
        Expr.FuncType type = signature(pos(m), List.of(), m.signature());
        return new Decl.Func(pos(m), receivers, ident(m.IDENTIFIER()), type,
                m.block() == null ? null : block(m.block()), docComment(m.getStart()));
    }

    private List<Field> typeParams(TypeParametersContext ctx) {
        List<Field> out = new ArrayList<>();
        for (TypeParameterDeclContext d : ctx.typeParameterDecl()) {
            out.add(new Field(pos(d), identList(d.identifierList()), typeElem(d.typeConstraint().typeElem()), null));
        }
        return out;
    }

    private Expr.FuncType signature(Pos pos, List<Field> typeParams, SignatureContext sig) {
        return funcType(pos, typeParams, sig.parameters(), sig.result());
    }

    private Expr.FuncType funcType(Pos pos, List<Field> typeParams, ParametersContext params, ResultContext r) {
        List<Field> results = List.of();
        if (r != null) {
            results = r.parameters() != null ? parameters(r.parameters())
                    : List.of(new Field(pos(r), List.of(), type(r.type_()), null));
        }
        return new Expr.FuncType(pos, typeParams, parameters(params), results);
    }

    /**
     * Groups parameter declarations as gc does: if any declaration has a name, then the bare
     * identifiers before a named one are more names of the same type ({@code a, b int}).
     */
    private List<Field> parameters(ParametersContext ctx) {
        List<ParameterDeclContext> decls = ctx.parameterDecl();
        boolean named = decls.stream().anyMatch(d -> d.IDENTIFIER() != null);
        List<Field> out = new ArrayList<>();
        if (!named) {
            for (ParameterDeclContext d : decls) {
                out.add(new Field(pos(d), List.of(), paramType(d), null));
            }
            return out;
        }
        List<Expr.Ident> pending = new ArrayList<>();
        for (ParameterDeclContext d : decls) {
            if (d.IDENTIFIER() != null) {
                pending.add(ident(d.IDENTIFIER()));
                out.add(new Field(pending.getFirst().pos(), List.copyOf(pending), paramType(d), null));
                pending.clear();
            } else if (d.ELLIPSIS() == null && isBareName(d.type_())) {
                pending.add(ident(d.type_().typeName().IDENTIFIER(0)));
            } else {
                syntaxError(pos(d), "mixed named and unnamed parameters");
                return out;
            }
        }
        if (!pending.isEmpty()) {
            syntaxError(pending.getLast().pos(), "mixed named and unnamed parameters");
        }
        return out;
    }

    private static boolean isBareName(Type_Context t) {
        return t.typeName() != null && t.typeArgs() == null && t.typeName().DOT() == null;
    }

    private Expr paramType(ParameterDeclContext d) {
        if (d.ELLIPSIS() != null && d != ((ParametersContext) d.getParent()).parameterDecl().getLast()) {
            diags.error(pos(d.ELLIPSIS()), "can only use ... with final parameter in list");
        }
        Expr t = type(d.type_());
        return d.ELLIPSIS() != null ? new Expr.Ellipsis(pos(d.ELLIPSIS()), t) : t;
    }

    // ---- Types -----------------------------------------------------------------------------

    Expr type(Type_Context t) {
        if (t.typeName() != null) {
            Expr name = typeName(t.typeName());
            return t.typeArgs() == null ? name : new Expr.Index(pos(t.typeArgs()), name, typeArgs(t.typeArgs()));
        }
        if (t.typeLit() != null) {
            return typeLit(t.typeLit());
        }
        return new Expr.Paren(pos(t), type(t.type_()));
    }

    private Expr typeName(TypeNameContext n) {
        Expr.Ident first = ident(n.IDENTIFIER(0));
        return n.DOT() == null ? first : new Expr.Selector(pos(n.DOT()), first, ident(n.IDENTIFIER(1)));
    }

    private List<Expr> typeArgs(TypeArgsContext a) {
        return a.type_().stream().map(this::type).toList();
    }

    private Expr typeLit(TypeLitContext t) {
        if (t.arrayType() != null) return arrayType(t.arrayType());
        if (t.structType() != null) return structType(t.structType());
        if (t.pointerType() != null) return new Expr.Star(pos(t), type(t.pointerType().type_()));
        if (t.functionType() != null) return signature(pos(t), List.of(), t.functionType().signature());
        if (t.interfaceType() != null) return interfaceType(t.interfaceType());
        if (t.sliceType() != null) return new Expr.ArrayType(pos(t), null, type(t.sliceType().type_()));
        if (t.mapType() != null) return mapType(t.mapType());
        return channelType(t.channelType());
    }

    private Expr arrayType(ArrayTypeContext a) {
        Expr len = a.ELLIPSIS() != null ? new Expr.Ellipsis(pos(a.ELLIPSIS()), null) : expr(a.expression());
        return new Expr.ArrayType(pos(a), len, type(a.type_()));
    }

    private Expr mapType(MapTypeContext m) {
        return new Expr.MapType(pos(m), type(m.type_(0)), type(m.type_(1)));
    }

    private Expr channelType(ChannelTypeContext c) {
        Expr.ChanDir dir;
        if (c.getStart().getType() == GoLexer.RECEIVE) {
            dir = Expr.ChanDir.RECV;
        } else {
            dir = c.RECEIVE() != null ? Expr.ChanDir.SEND : Expr.ChanDir.BOTH;
        }
        return new Expr.ChanType(pos(c), dir, type(c.type_()));
    }

    private Expr structType(StructTypeContext s) {
        List<Field> fields = new ArrayList<>();
        for (FieldDeclContext f : s.fieldDecl()) {
            String tag = f.tag == null ? null : (String) stringLit(f.tag).value();
            if (f.embeddedField() != null) {
                EmbeddedFieldContext e = f.embeddedField();
                Expr t = typeName(e.typeName());
                if (e.typeArgs() != null) {
                    t = new Expr.Index(pos(e.typeArgs()), t, typeArgs(e.typeArgs()));
                }
                if (e.STAR() != null) {
                    t = new Expr.Star(pos(e.STAR()), t);
                }
                fields.add(new Field(pos(f), List.of(), t, tag));
            } else {
                fields.add(new Field(pos(f), identList(f.identifierList()), type(f.type_()), tag));
            }
        }
        return new Expr.StructType(pos(s), fields);
    }

    private Expr interfaceType(InterfaceTypeContext i) {
        List<Field> elems = new ArrayList<>();
        for (InterfaceElemContext e : i.interfaceElem()) {
            if (e.methodSpec() != null) {
                MethodSpecContext m = e.methodSpec();
                if (m.typeParameters() != null) {
                    diags.error(pos(m.typeParameters()), "interface method must have no type parameters");
                }
                List<Field> results = List.of();
                if (m.result() != null) {
                    results = m.result().parameters() != null ? parameters(m.result().parameters())
                            : List.of(new Field(pos(m.result()), List.of(), type(m.result().type_()), null));
                }
                Expr.FuncType ft = new Expr.FuncType(pos(m), List.of(), parameters(m.parameters()), results);
                elems.add(new Field(pos(m), List.of(ident(m.IDENTIFIER())), ft, null));
            } else {
                elems.add(new Field(pos(e), List.of(), typeElem(e.typeElem()), null));
            }
        }
        return new Expr.InterfaceType(pos(i), elems);
    }

    /** A union {@code A | ~B} as go/ast writes it: binary "|" over unary "~" terms. */
    private Expr typeElem(TypeElemContext e) {
        Expr result = null;
        for (int k = 0; k < e.typeTerm().size(); k++) {
            TypeTermContext term = e.typeTerm(k);
            Expr t = type(term.type_());
            if (term.TILDE() != null) {
                t = new Expr.Unary(pos(term.TILDE()), "~", t);
            }
            result = result == null ? t : new Expr.Binary(pos(e.PIPE(k - 1)), result, "|", t);
        }
        return result;
    }

    // ---- Statements ------------------------------------------------------------------------

    Stmt.Block block(BlockContext b) {
        return new Stmt.Block(pos(b), stmtList(b.statementList()), pos(b.R_CURLY()));
    }

    private List<Stmt> stmtList(StatementListContext l) {
        List<Stmt> out = new ArrayList<>();
        for (StatementContext s : l.statement()) {
            out.add(stmt(s));
        }
        return out;
    }

    private Stmt stmt(StatementContext s) {
        if (s.declaration() != null) return new Stmt.DeclStmt(pos(s), declaration(s.declaration()));
        if (s.labeledStmt() != null) {
            LabeledStmtContext l = s.labeledStmt();
            if (l.statement() == null) {
                // "L:" may end a block, but a case clause needs a statement after it.
                Token next = tokens.LT(1) == null ? null : nextDefaultToken(l.COLON().getSymbol());
                if (next != null && (next.getType() == GoLexer.CASE || next.getType() == GoLexer.DEFAULT)) {
                    syntaxError(pos(next), "missing statement after label");
                }
            }
            Stmt inner = l.statement() == null ? new Stmt.Empty(pos(l.COLON())) : stmt(l.statement());
            return new Stmt.Labeled(pos(l), ident(l.IDENTIFIER()), inner);
        }
        if (s.simpleStmt() != null) return simpleStmt(s.simpleStmt(), false);
        if (s.goStmt() != null) return new Stmt.Go(pos(s), callOf(s.goStmt().expression(), "go"));
        if (s.deferStmt() != null) return new Stmt.Defer(pos(s), callOf(s.deferStmt().expression(), "defer"));
        if (s.returnStmt() != null) {
            ReturnStmtContext r = s.returnStmt();
            return new Stmt.Return(pos(r), r.expressionList() == null ? List.of() : exprList(r.expressionList()));
        }
        if (s.breakStmt() != null) return branch(s.breakStmt(), "break", s.breakStmt().IDENTIFIER());
        if (s.continueStmt() != null) return branch(s.continueStmt(), "continue", s.continueStmt().IDENTIFIER());
        if (s.gotoStmt() != null) return branch(s.gotoStmt(), "goto", s.gotoStmt().IDENTIFIER());
        if (s.fallthroughStmt() != null) return branch(s.fallthroughStmt(), "fallthrough", null);
        if (s.block() != null) return block(s.block());
        if (s.ifStmt() != null) return ifStmt(s.ifStmt());
        if (s.switchStmt() != null) return switchStmt(s.switchStmt());
        if (s.selectStmt() != null) return selectStmt(s.selectStmt());
        return forStmt(s.forStmt());
    }

    /** The next token on the default channel after {@code t}, skipping inserted semicolons. */
    private Token nextDefaultToken(Token t) {
        for (int i = t.getTokenIndex() + 1; i < tokens.size(); i++) {
            Token n = tokens.get(i);
            if (n.getChannel() == Token.DEFAULT_CHANNEL && !(n.getType() == GoLexer.SEMI
                    && n.getText().equals(SemicolonInserter.NEWLINE_TEXT))) {
                return n;
            }
        }
        return null;
    }

    private Stmt branch(ParserRuleContext ctx, String keyword, TerminalNode label) {
        return new Stmt.Branch(pos(ctx), keyword, label == null ? null : ident(label));
    }

    private Expr.Call callOf(ExpressionContext e, String keyword) {
        Expr x = expr(e);
        Expr inner = x;
        while (inner instanceof Expr.Paren p) {
            inner = p.x();
        }
        if (inner instanceof Expr.Call c && inner == x) {
            return c;
        }
        diags.error(x.pos(), "expression in " + keyword + " must be function call");
        return new Expr.Call(x.pos(), x, List.of(), false, x.pos());
    }

    /**
     * A simple statement (a {@code simpleStmt} or its header copy); a range clause is allowed
     * only when {@code rangeOk}. Both rules have the shape {@code list tail?}.
     */
    private Stmt simpleStmt(ParserRuleContext s, boolean rangeOk) {
        List<Expr> lhs = exprList((ParserRuleContext) s.getChild(0));
        ParserRuleContext tail = s.getChildCount() > 1 ? (ParserRuleContext) s.getChild(1) : null;
        if (tail == null) {
            if (lhs.size() > 1) {
                syntaxError(lhs.get(1).pos(), "unexpected comma, expected := or = or comma");
            }
            return new Stmt.ExprStmt(pos(s), lhs.getFirst());
        }
        Token first = tail.getStart();
        ParserRuleContext last = tail.getChild(tail.getChildCount() - 1) instanceof ParserRuleContext r ? r : null;
        if (tail.getChildCount() == 3) {
            // op range x
            TerminalNode range = (TerminalNode) tail.getChild(1);
            if (!rangeOk) {
                syntaxError(pos(range), "unexpected keyword range, expected expression");
            }
            if (lhs.size() > 2) {
                diags.error(lhs.get(2).pos(), "range clause permits at most two iteration variables");
            }
            return new Stmt.Range(pos(s), lhs.getFirst(), lhs.size() > 1 ? lhs.get(1) : null,
                    first.getText(), expr(last), null);
        }
        if (first.getType() == GoLexer.RECEIVE) {
            return new Stmt.Send(pos(first), single(lhs, "send statement"), expr(last));
        }
        String op = first.getText();
        if (op.equals("++") || op.equals("--")) {
            return new Stmt.IncDec(pos(first), single(lhs, op), op);
        }
        // ":=" with a non-name on the left parses; the checker reports it (as go/parser leaves it).
        return new Stmt.Assign(pos(first), lhs, op, exprList(last));
    }

    private Expr single(List<Expr> list, String what) {
        if (list.size() > 1) {
            syntaxError(list.get(1).pos(), "unexpected comma in " + what);
        }
        return list.getFirst();
    }

    /** The condition of an if or for header: an expression statement, or gc's error. */
    private Expr condition(Stmt s, Pos at, String keyword) {
        if (s == null) {
            diags.error(at, "missing condition in " + keyword + " statement");
            return null;
        }
        if (s instanceof Stmt.ExprStmt e) {
            return e.x();
        }
        syntaxError(s.pos(), "cannot use " + GoPrinter.stmt(s) + " as value");
        return null;
    }

    private Stmt ifStmt(IfStmtContext i) {
        Stmt init = null;
        Expr cond;
        if (i.SEMI() != null) {
            init = i.init == null ? null : simpleStmt(i.init, false);
            cond = condition(i.cond == null ? null : simpleStmt(i.cond, false), pos(i), "if");
        } else {
            cond = condition(i.init == null ? null : simpleStmt(i.init, false), pos(i), "if");
        }
        Stmt els = null;
        if (i.ifStmt() != null) {
            els = ifStmt(i.ifStmt());
        } else if (i.block().size() > 1) {
            els = block(i.block(1));
        }
        return new Stmt.If(pos(i), init, cond, block(i.block(0)), els);
    }

    private Stmt switchStmt(SwitchStmtContext s) {
        Stmt init = null;
        Stmt tag;
        if (s.SEMI() != null) {
            init = s.init == null ? null : simpleStmt(s.init, false);
            tag = s.tag == null ? null : simpleStmt(s.tag, false);
        } else {
            tag = s.init == null ? null : simpleStmt(s.init, false);
        }
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        for (CaseClauseContext c : s.caseClause()) {
            clauses.add(new Stmt.CaseClause(pos(c), c.argumentList() == null ? List.of() : exprList(c.argumentList()),
                    c.DEFAULT() != null, stmtList(c.statementList())));
        }
        Pos rbrace = pos(s.R_CURLY());
        if (isTypeSwitchGuard(tag)) {
            return new Stmt.TypeSwitch(pos(s), init, tag, clauses, rbrace);
        }
        Expr tagExpr = null;
        if (tag != null) {
            tagExpr = tag instanceof Stmt.ExprStmt e ? e.x() : null;
            if (tagExpr == null) {
                syntaxError(tag.pos(), "cannot use " + GoPrinter.stmt(tag) + " as value");
            }
        }
        return new Stmt.Switch(pos(s), init, tagExpr, clauses, rbrace);
    }

    private static boolean isTypeSwitchGuard(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            return e.x() instanceof Expr.TypeAssert ta && ta.type() == null;
        }
        return s instanceof Stmt.Assign a && a.op().equals(":=") && a.lhs().size() == 1 && a.rhs().size() == 1
                && a.rhs().getFirst() instanceof Expr.TypeAssert ta && ta.type() == null;
    }

    private Stmt selectStmt(SelectStmtContext s) {
        List<Stmt.CommClause> clauses = new ArrayList<>();
        for (CommClauseContext c : s.commClause()) {
            Stmt comm = c.simpleStmt() == null ? null : simpleStmt(c.simpleStmt(), false);
            clauses.add(new Stmt.CommClause(pos(c), comm, stmtList(c.statementList())));
        }
        return new Stmt.Select(pos(s), clauses);
    }

    private Stmt forStmt(ForStmtContext f) {
        Stmt.Block body = block(f.block());
        ForHeaderContext h = f.forHeader();
        if (h == null || (h.RANGE() == null && h.init == null && h.SEMI().isEmpty())) {
            return new Stmt.For(pos(f), null, null, null, body);
        }
        if (h.RANGE() != null) {
            return new Stmt.Range(pos(f), null, null, null, expr(h.headerExpression()), body);
        }
        if (h.SEMI().isEmpty()) {
            Stmt s = simpleStmt(h.init, true);
            if (s instanceof Stmt.Range r) {
                return new Stmt.Range(pos(f), r.key(), r.value(), r.op(), r.x(), body);
            }
            return new Stmt.For(pos(f), null, condition(s, pos(f), "for"), null, body);
        }
        Stmt init = h.init == null ? null : simpleStmt(h.init, false);
        Expr cond = h.cond == null ? null : expr(h.cond);
        Stmt post = h.post == null ? null : simpleStmt(h.post, false);
        return new Stmt.For(pos(f), init, cond, post, body);
    }

    // ---- Expressions -----------------------------------------------------------------------

    /** An expression or argument list (or a header copy): items separated by commas. */
    private List<Expr> exprList(ParserRuleContext l) {
        List<Expr> out = new ArrayList<>();
        for (int i = 0; i < l.getChildCount(); i += 2) {
            ParseTree item = l.getChild(i);
            out.add(item instanceof ArgumentContext a ? argument(a) : expr((ParserRuleContext) item));
        }
        return out;
    }

    /** An argument: an expression, or a bare type literal where Go allows a type. */
    private Expr argument(ArgumentContext a) {
        return a.getChild(0) instanceof BareTypeContext b ? bareType(b) : expr((ParserRuleContext) a.getChild(0));
    }

    /** A type literal standing alone as an expression, maybe under unary "*" or "<-". */
    private Expr bareType(BareTypeContext b) {
        ParseTree first = b.getChild(0);
        if (first instanceof TypeLitOperandContext t) {
            return typeLitOperand(t);
        }
        if (b.getChild(1) instanceof SignatureContext sig) {
            return signature(pos(b), List.of(), sig);
        }
        return prefix(((TerminalNode) first).getSymbol(), bareType((BareTypeContext) b.getChild(1)));
    }

    /** A unary operation; "<-chan T" in an expression is a receive applied to a channel type, which is the type. */
    private Expr prefix(Token opToken, Expr x) {
        String op = opToken.getText();
        Pos p = pos(opToken);
        return switch (op) {
            case "*" -> new Expr.Star(p, x);
            case "<-" -> x instanceof Expr.ChanType c && c.dir() == Expr.ChanDir.BOTH
                    ? new Expr.ChanType(p, Expr.ChanDir.RECV, c.elem())
                    : new Expr.Unary(p, op, x);
            default -> new Expr.Unary(p, op, x);
        };
    }

    private Expr typeLitOperand(TypeLitOperandContext t) {
        if (t.ELLIPSIS() != null) {
            return new Expr.ArrayType(pos(t), new Expr.Ellipsis(pos(t.ELLIPSIS()), null), type(t.type_()));
        }
        if (t.arrayType() != null) return arrayType(t.arrayType());
        if (t.sliceType() != null) return new Expr.ArrayType(pos(t), null, type(t.sliceType().type_()));
        if (t.mapType() != null) return mapType(t.mapType());
        if (t.structType() != null) return structType(t.structType());
        if (t.interfaceType() != null) return interfaceType(t.interfaceType());
        return channelType(t.channelType());
    }

    private Expr.Call call(Expr fun, ArgumentsContext a) {
        List<Expr> args = a.argumentList() == null ? List.of() : exprList(a.argumentList());
        return new Expr.Call(pos(a), fun, args, a.ELLIPSIS() != null, pos(a.R_PAREN()));
    }

    private List<Expr.Ident> identList(IdentifierListContext l) {
        return l.IDENTIFIER().stream().map(this::ident).toList();
    }

    private Expr.Ident ident(TerminalNode n) {
        return new Expr.Ident(pos(n), n.getText());
    }

    /**
     * An expression or its header copy: one primary child, a unary operator and an operand,
     * or two operands around a binary operator.
     */
    Expr expr(ParserRuleContext e) {
        if (e.getChildCount() == 1) {
            return primary((ParserRuleContext) e.getChild(0));
        }
        if (e.getChildCount() == 2) {
            return prefix(((TerminalNode) e.getChild(0)).getSymbol(), expr((ParserRuleContext) e.getChild(1)));
        }
        Token op = ((TerminalNode) e.getChild(1)).getSymbol();
        return new Expr.Binary(pos(op), expr((ParserRuleContext) e.getChild(0)), op.getText(),
                expr((ParserRuleContext) e.getChild(2)));
    }

    /** A primary expression or its header copy: an operand, or a primary with a suffix. */
    private Expr primary(ParserRuleContext p) {
        if (p.getChildCount() == 1) {
            return operand((ParserRuleContext) p.getChild(0));
        }
        Expr x = primary((ParserRuleContext) p.getChild(0));
        ParseTree suffix = p.getChild(1);
        if (suffix instanceof TerminalNode dot) {
            if (p.getChild(2) instanceof TerminalNode name && name.getSymbol().getType() == GoLexer.IDENTIFIER) {
                return new Expr.Selector(pos(dot), x, ident(name));
            }
            ParseTree inner = p.getChild(3);
            Expr t = inner instanceof TerminalNode ? null : type((Type_Context) inner);
            return new Expr.TypeAssert(pos(dot), x, t);
        }
        if (suffix instanceof IndexOrSliceContext ix) {
            if (ix.COLON().isEmpty()) {
                if (ix.lo == null) {
                    syntaxError(pos(ix.R_BRACKET()), "expected operand");
                    return x;
                }
                return new Expr.Index(pos(ix), x, ix.argument().stream().map(this::argument).toList());
            }
            boolean three = ix.COLON().size() == 2;
            if (three && (ix.hi == null || ix.max == null)) {
                diags.error(pos(ix), ix.hi == null ? "middle index required in 3-index slice"
                        : "final index required in 3-index slice");
            }
            return new Expr.Slice(pos(ix), x, ix.lo == null ? null : argument(ix.lo), ix.hi == null ? null : expr(ix.hi),
                    ix.max == null ? null : expr(ix.max), three);
        }
        return call(x, (ArgumentsContext) suffix);
    }

    /** An operand or its header copy (which has no composite literal of a type name). */
    private Expr operand(ParserRuleContext o) {
        ParseTree first = o.getChild(0);
        if (first instanceof LiteralContext lit) {
            return literal(lit);
        }
        if (first instanceof CompositeTypeNameContext n) {
            Expr t = n.DOT() == null ? ident(n.IDENTIFIER(0))
                    : new Expr.Selector(pos(n.DOT()), ident(n.IDENTIFIER(0)), ident(n.IDENTIFIER(1)));
            if (n.typeArgs() != null) {
                t = new Expr.Index(pos(n.typeArgs()), t, typeArgs(n.typeArgs()));
            }
            return compositeLit(t, (LiteralValueContext) o.getChild(1));
        }
        if (first instanceof StructTypeContext || first instanceof InterfaceTypeContext) {
            Expr type = first instanceof StructTypeContext st ? structType(st) : interfaceType((InterfaceTypeContext) first);
            return new Expr.Selector(pos((TerminalNode) o.getChild(1)), type, ident((TerminalNode) o.getChild(2)));
        }
        if (first instanceof TypeLitOperandContext t) {
            Expr type = typeLitOperand(t);
            return o.getChild(1) instanceof ArgumentsContext a ? call(type, a)
                    : compositeLit(type, (LiteralValueContext) o.getChild(1));
        }
        TerminalNode token = (TerminalNode) first;
        return switch (token.getSymbol().getType()) {
            case GoLexer.IDENTIFIER -> ident(token);
            case GoLexer.L_PAREN -> new Expr.Paren(pos(o), argument((ArgumentContext) o.getChild(1)));
            default -> {
                // FUNC parameters (block | result (block | arguments))
                ResultContext result = o.getChild(2) instanceof ResultContext r ? r : null;
                Expr.FuncType ft = funcType(pos(o), List.of(), (ParametersContext) o.getChild(1), result);
                ParseTree last = o.getChild(o.getChildCount() - 1);
                yield last instanceof ArgumentsContext a ? call(ft, a)
                        : new Expr.FuncLit(pos(o), ft, block((BlockContext) last));
            }
        };
    }

    private Expr compositeLit(Expr type, LiteralValueContext v) {
        List<Expr> elts = new ArrayList<>();
        if (v.elementList() != null) {
            for (KeyedElementContext k : v.elementList().keyedElement()) {
                Expr first = element(k.element(0));
                elts.add(k.COLON() == null ? first : new Expr.KeyValue(pos(k.COLON()), first, element(k.element(1))));
            }
        }
        return new Expr.CompositeLit(type == null ? pos(v) : type.pos(), type, elts, pos(v.R_CURLY()));
    }

    private Expr element(ElementContext e) {
        return e.expression() != null ? expr(e.expression()) : compositeLit(null, e.literalValue());
    }

    private Expr literal(LiteralContext l) {
        if (l.string_() != null) {
            return stringLit(l.string_());
        }
        Token t = l.getStart();
        Pos p = pos(t);
        String raw = t.getText();
        return switch (t.getType()) {
            case GoLexer.INT_LIT -> new Expr.BasicLit(p, Expr.LitKind.INT, raw, raw);
            case GoLexer.FLOAT_LIT -> new Expr.BasicLit(p, Expr.LitKind.FLOAT, raw, raw);
            case GoLexer.IMAGINARY_LIT -> new Expr.BasicLit(p, Expr.LitKind.IMAG, raw, raw);
            default -> {
                int cp = 0;
                try {
                    cp = Literals.decodeRune(raw);
                } catch (Literals.LiteralError err) {
                    diags.error(new Pos(p.file(), p.line(), p.col() + err.offset), err.getMessage());
                }
                yield new Expr.BasicLit(p, Expr.LitKind.CHAR, raw, cp);
            }
        };
    }

    private Expr.BasicLit stringLit(String_Context s) {
        Token t = s.getStart();
        Pos p = pos(t);
        String value = "";
        try {
            value = Literals.decodeString(t.getText());
        } catch (Literals.LiteralError err) {
            diags.error(new Pos(p.file(), p.line(), p.col() + err.offset), err.getMessage());
        }
        return new Expr.BasicLit(p, Expr.LitKind.STRING, t.getText(), value);
    }
}
