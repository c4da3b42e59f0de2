// The arguments of a built-in call, each checked once: a lone call with several results supplies them all.
package dev.goloom.types;

import dev.goloom.syntax.Expr;
import dev.goloom.types.TypeAndValue.Mode;
import java.util.ArrayList;
import java.util.List;

/**
 * As go/types does, every built-in but make, new and unsafe.Offsetof (whose arguments are types
 * or selectors) may take its arguments from one call with several results: {@code copy(f())},
 * {@code complex(g())}, {@code delete(h())}. The lone argument is checked up front to see
 * whether it is such a call; the others are checked when the built-in first asks for them, so
 * each argument is checked exactly once. Results of a spread call are typed (never untyped
 * constants), and an error about one of them is reported at the call they come from.
 */
final class BuiltinArgs {
    private final Checker c;
    /** The built-in call. */
    final Expr.Call call;
    /** The checked operands so far, by argument index (null: not checked yet). */
    private final List<TypeAndValue> checked;
    /** Whether the operands are the results of the call that is the only argument. */
    final boolean spread;

    private BuiltinArgs(Checker c, Expr.Call call, List<TypeAndValue> checked, boolean spread) {
        this.c = c;
        this.call = call;
        this.checked = checked;
        this.spread = spread;
    }

    /** The arguments of {@code call}; {@code lone} is whether a lone argument may be a call with several results. */
    static BuiltinArgs of(Checker c, Expr.Call call, boolean lone) {
        List<Expr> args = call.args();
        List<TypeAndValue> checked = new ArrayList<>();
        if (lone && args.size() == 1 && !call.ellipsis()) {
            TypeAndValue only = c.exprs.expr(args.getFirst());
            if (only.mode() == Mode.VALUE && only.type() instanceof Type.Tuple t && t.size() > 1) {
                for (int i = 0; i < t.size(); i++) {
                    checked.add(new TypeAndValue(Mode.VALUE, t.at(i), null));
                }
                return new BuiltinArgs(c, call, checked, true);
            }
            checked.add(c.exprs.singleValue(args.getFirst(), only));
            return new BuiltinArgs(c, call, checked, false);
        }
        args.forEach(a -> checked.add(null));
        return new BuiltinArgs(c, call, checked, false);
    }

    /** How many arguments there are (results of a spread call count one each). */
    int size() {
        return checked.size();
    }

    /** Where argument {@code i} is written: the spread call for all of its results. */
    Expr expr(int i) {
        return spread ? call.args().getFirst() : call.args().get(i);
    }

    /** Argument {@code i} as a single value, checked on first use. */
    TypeAndValue value(int i) {
        TypeAndValue tv = checked.get(i);
        if (tv == null) {
            tv = c.exprs.value(call.args().get(i));
            checked.set(i, tv);
        }
        return tv;
    }

    /** Checks the arguments from {@code from} on that nothing looked at (after an error, for their own errors). */
    void checkRest(int from) {
        for (int i = from; i < checked.size(); i++) {
            if (checked.get(i) == null) {
                checked.set(i, c.exprs.expr(call.args().get(i)));
            }
        }
    }
}
