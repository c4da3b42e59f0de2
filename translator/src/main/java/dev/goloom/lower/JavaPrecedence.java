// Parentheses for Java: Go's operator precedence differs from Java's, so operands are wrapped where needed.
package dev.goloom.lower;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;

/**
 * The lowering builds Java trees that follow Go's grouping; JavaParser prints them without
 * adding parentheses. Go binds {@code <<} and {@code &} tighter than {@code +} and
 * {@code ==}, Java looser, so every operand goes through here: it is parenthesized when its
 * own Java precedence is lower than the operator's, or equal on the right side (Go's binary
 * operators group left to right), and {@code - -x} never prints as {@code --x}.
 */
final class JavaPrecedence {
    private JavaPrecedence() {}

    static final int UNARY = 13;
    static final int PRIMARY = 15;

    static int of(Expression e) {
        return switch (e) {
            case BinaryExpr b -> of(b.getOperator());
            case UnaryExpr u -> u.isPostfix() ? 14 : UNARY;
            case CastExpr c -> UNARY;
            case ConditionalExpr c -> 2;
            case AssignExpr a -> 1;
            case LambdaExpr l -> 0;
            case IntegerLiteralExpr i when i.getValue().startsWith("-") -> UNARY;
            case LongLiteralExpr l when l.getValue().startsWith("-") -> UNARY;
            case DoubleLiteralExpr d when d.getValue().startsWith("-") -> UNARY;
            default -> PRIMARY;
        };
    }

    static int of(BinaryExpr.Operator op) {
        return switch (op) {
            case MULTIPLY, DIVIDE, REMAINDER -> 12;
            case PLUS, MINUS -> 11;
            case LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> 10;
            case LESS, GREATER, LESS_EQUALS, GREATER_EQUALS -> 9;
            case EQUALS, NOT_EQUALS -> 8;
            case BINARY_AND -> 7;
            case XOR -> 6;
            case BINARY_OR -> 5;
            case AND -> 4;
            case OR -> 3;
        };
    }

    private static Expression wrap(Expression e) {
        return new EnclosedExpr(e);
    }

    static BinaryExpr binary(Expression left, Expression right, BinaryExpr.Operator op) {
        int p = of(op);
        return new BinaryExpr(of(left) < p ? wrap(left) : left, of(right) <= p ? wrap(right) : right, op);
    }

    static UnaryExpr unary(Expression operand, UnaryExpr.Operator op) {
        boolean sameSign = operand instanceof UnaryExpr u && !u.isPostfix()
                || (op == UnaryExpr.Operator.MINUS || op == UnaryExpr.Operator.PLUS) && of(operand) == UNARY;
        return new UnaryExpr(of(operand) < UNARY || sameSign ? wrap(operand) : operand, op);
    }

    static CastExpr cast(com.github.javaparser.ast.type.Type type, Expression operand) {
        // "(Long) -1L" would parse as a subtraction: a cast to a reference type takes no signed operand.
        boolean signed = operand instanceof com.github.javaparser.ast.expr.UnaryExpr u
                && (u.getOperator() == UnaryExpr.Operator.MINUS || u.getOperator() == UnaryExpr.Operator.PLUS)
                || operand.isLiteralExpr() && operand.toString().startsWith("-");
        return new CastExpr(type, of(operand) < UNARY || signed && !type.isPrimitiveType() ? wrap(operand) : operand);
    }

    /** The receiver of a method call must be a primary expression. */
    static Expression receiver(Expression e) {
        return of(e) < PRIMARY ? wrap(e) : e;
    }
}
