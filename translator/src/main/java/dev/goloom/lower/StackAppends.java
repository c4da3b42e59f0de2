// Which appends gc serves from a 32-byte stack buffer (Go 1.25+), so that cap() reports what Go reports.
package dev.goloom.lower;

import dev.goloom.syntax.AstWalk;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Spec;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.Builtin;
import dev.goloom.types.Info;
import dev.goloom.types.Type;
import dev.goloom.types.Var;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Since Go 1.25 gc gives a slice whose appends do not escape a stack backing store of 32 bytes
 * (K = 32 / element size elements): the first append site of the variable in the function
 * (in compile order), when it grows a slice of length 0 to at most K elements, uses the whole
 * buffer, so {@code var s []int; s = append(s, 1)} has cap 4 where the heap rule gives 1. Later
 * growth starts from cap K. gc's "used" flag is set once per call of the function, so a slice
 * declared in a loop gets the buffer in the first iteration only: such a site carries a flag of
 * its own ({@link Site#flag}). goloom has no escape analysis, so it applies the rule only where
 * escape is impossible: a local declared by {@code var s []T}, used only as {@code s = append(s, v, ...)},
 * {@code len(s)}, {@code cap(s)}, {@code s[i]} (not under {@code &}) and {@code range s}, never
 * inside a function literal, in a function without goto, and whose first append site is not in
 * a for statement's post statement (gc compiles that after the body). Anywhere else the heap
 * rule stays, which is what gc does whenever the slice escapes.
 */
final class StackAppends {
    private StackAppends() {}

    /** gc's base.Debug.VariableMakeThreshold: the stack buffer's size in bytes. */
    static final long BUFFER_BYTES = 32;

    /**
     * A site served from the buffer: its length K in elements, and whether its variable is declared
     * in a loop (then the function keeps gc's "used" flag in a boolean local, named later).
     */
    record Site(long length, boolean inLoop) {}

    /** The first append site of each qualifying variable in {@code body}. */
    static Map<Expr.Call, Site> find(Stmt.Block body, Info info) {
        Map<Expr.Call, Site> result = new IdentityHashMap<>();
        List<Var> candidates = new ArrayList<>();
        Set<Var> disqualified = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Var> inLoop = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean[] hasGoto = {false};
        AstWalk.walk(body, s -> {
            if (s instanceof Stmt.DeclStmt d) {
                for (Spec spec : d.decl().specs()) {
                    if (spec instanceof Spec.Value v && v.values().isEmpty() && v.type() != null) {
                        for (Expr.Ident id : v.names()) {
                            if (info.defs.get(id) instanceof Var var && var.type().underlying() instanceof Type.Slice) {
                                candidates.add(var);
                            }
                        }
                    }
                }
            }
            if (s instanceof Stmt.Branch b && b.keyword().equals("goto")) {
                hasGoto[0] = true;
            }
            if (s instanceof Stmt.For || s instanceof Stmt.Range) {
                // Declared in a loop: the second iteration's fresh slice finds gc's flag already set.
                AstWalk.walk(s, inner -> declaredNames(inner, info, inLoop), e -> { });
            }
            if (s instanceof Stmt.For f && f.post() != null) {
                AstWalk.walk(f.post(), inner -> { }, e -> {
                    if (e instanceof Expr.Ident id && info.uses.get(id) instanceof Var v) {
                        disqualified.add(v); // an append in a post statement
                    }
                });
            }
        }, e -> {
            if (e instanceof Expr.FuncLit lit) {
                AstWalk.walk(lit.body(), s -> { }, x -> {
                    if (x instanceof Expr.Ident id && info.uses.get(id) instanceof Var v) {
                        disqualified.add(v);
                    }
                });
            }
        });
        if (hasGoto[0] || candidates.isEmpty()) {
            return result;
        }
        // Every use of a candidate must be one of the allowed forms; the first append site wins.
        Set<Expr.Ident> allowed = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Var, Expr.Call> firstSite = new IdentityHashMap<>();
        AstWalk.walk(body, s -> {
            if (s instanceof Stmt.Assign a && a.op().equals("=") && a.lhs().size() == 1 && a.rhs().size() == 1
                    && ExprLowering.unparen(a.lhs().getFirst()) instanceof Expr.Ident target
                    && ExprLowering.unparen(a.rhs().getFirst()) instanceof Expr.Call call && isBuiltin(call, "append", info)
                    && !call.ellipsis() && call.args().size() >= 2
                    && ExprLowering.unparen(call.args().getFirst()) instanceof Expr.Ident base
                    && info.uses.get(target) instanceof Var v && info.uses.get(base) == v) {
                allowed.add(target);
                allowed.add(base);
                firstSite.putIfAbsent(v, call);
            }
            if (s instanceof Stmt.Range r && ExprLowering.unparen(r.x()) instanceof Expr.Ident x) {
                allowed.add(x);
            }
        }, e -> {
            if (e instanceof Expr.Call c && (isBuiltin(c, "len", info) || isBuiltin(c, "cap", info)) && c.args().size() == 1
                    && ExprLowering.unparen(c.args().getFirst()) instanceof Expr.Ident x) {
                allowed.add(x);
            }
            if (e instanceof Expr.Index ix && ExprLowering.unparen(ix.x()) instanceof Expr.Ident x) {
                allowed.add(x);
            }
        });
        AstWalk.walk(body, s -> { }, e -> {
            if (e instanceof Expr.Unary u && u.op().equals("&") && ExprLowering.unparen(u.x()) instanceof Expr.Index ix
                    && ExprLowering.unparen(ix.x()) instanceof Expr.Ident x && info.uses.get(x) instanceof Var v) {
                disqualified.add(v); // &s[i] may let the backing store escape
            }
            if (e instanceof Expr.Ident id && info.uses.get(id) instanceof Var v && !allowed.contains(id)) {
                disqualified.add(v);
            }
        });
        for (Var v : candidates) {
            Expr.Call site = firstSite.get(v);
            if (site == null || disqualified.contains(v)) {
                continue;
            }
            Type elem = ((Type.Slice) v.type().underlying()).elem();
            long size = GoSizes.sizeof(elem);
            if (size == 0 || size > BUFFER_BYTES || JavaTypes.needsCopy(elem)) {
                continue;
            }
            long k = BUFFER_BYTES / size;
            if (site.args().size() - 1 <= k) {
                result.put(site, new Site(k, inLoop.contains(v)));
            }
        }
        return result;
    }

    private static void declaredNames(Stmt s, Info info, Set<Var> out) {
        if (s instanceof Stmt.DeclStmt d) {
            for (Spec spec : d.decl().specs()) {
                if (spec instanceof Spec.Value v) {
                    for (Expr.Ident id : v.names()) {
                        if (info.defs.get(id) instanceof Var var) {
                            out.add(var);
                        }
                    }
                }
            }
        }
    }

    private static boolean isBuiltin(Expr.Call c, String name, Info info) {
        return ExprLowering.unparen(c.fun()) instanceof Expr.Ident f && info.objectOf(f) instanceof Builtin b && b.name().equals(name);
    }
}
