package io.sweep.config.study;

import io.sweep.config.BadInputException;
import net.objecthunter.exp4j.function.Functions;
import net.objecthunter.exp4j.shuntingyard.ShuntingYard;
import net.objecthunter.exp4j.tokenizer.FunctionToken;
import net.objecthunter.exp4j.tokenizer.NumberToken;
import net.objecthunter.exp4j.tokenizer.OperatorToken;
import net.objecthunter.exp4j.tokenizer.Token;
import net.objecthunter.exp4j.tokenizer.VariableToken;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One of the problem's expressions (f, g or u_D) in x, y and named parameters, parsed once:
 * {@link ExpressionSyntax} checks it with positions, exp4j orders it (precedence, associativity,
 * unary minus), and the result is a {@link Term} tree that evaluates without re-parsing.
 *
 * @param option     the option it came from, for messages (e.g. {@code --source})
 * @param text       the expression as typed
 * @param root       its tree
 * @param parameters the parameter names it uses, in order of first use
 */
public record Expression(String option, String text, Term root, Set<String> parameters) {
    /** Names that are not parameters. */
    public static final Set<String> RESERVED = Set.of("x", "y", "pi");

    public Expression {
        parameters = Collections.unmodifiableSet(new LinkedHashSet<>(parameters));
    }

    public static Expression parse(String option, String text) {
        Set<String> names = ExpressionSyntax.check(option, text);
        Set<String> parameters = new LinkedHashSet<>();
        for (String name : names) {
            if (MathFunction.named(name).isEmpty() && !RESERVED.contains(name)) {
                if (Functions.getBuiltinFunction(name) != null) {
                    throw new BadInputException(option + " '" + text + "': '" + name
                            + "' is reserved (a function name): name the parameter otherwise");
                }
                parameters.add(name);
            }
        }
        Set<String> variables = new LinkedHashSet<>(RESERVED);
        variables.addAll(parameters);
        Token[] rpn;
        try {
            rpn = ShuntingYard.convertToRPN(text, Map.of(), Map.of(), variables, false);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + " '" + text + "' cannot be parsed (" + e.getMessage() + "): "
                    + ExpressionSyntax.ACCEPTED);
        }
        return new Expression(option, text, tree(option, text, rpn), parameters);
    }

    /** This expression's tree with the parameters replaced by their values. */
    public Term bind(Map<String, Double> values) {
        return root.bind(values);
    }

    /**
     * When this expression is name times something that does not use name (name a factor of a
     * product at the top, possibly under a negation or as the dividend of a quotient:
     * {@code k*sin(x)*exp(-y)}, {@code -(k*x)/2}), that something: the expression without the
     * factor (name replaced by 1 where it is a dividend). The expression is then linear in name, with nothing added.
     */
    public Optional<Term> factor(String name) {
        Set<String> used = new LinkedHashSet<>();
        root.collectParameters(used);
        if (!used.contains(name) || occurrences(root, name) != 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(withoutFactor(root, name));
    }

    /** The term with the factor name replaced by 1, or null when name is not a factor of it. */
    private static Term withoutFactor(Term term, String name) {
        if (isParameter(term, name)) {
            return new Term.Constant(1.0);
        }
        if (term instanceof Term.Negation n) {
            Term inner = withoutFactor(n.operand(), name);
            return inner == null ? null : new Term.Negation(inner);
        }
        if (term instanceof Term.Binary b && b.operator() == Term.Operator.TIMES
                && (isParameter(b.left(), name) || isParameter(b.right(), name))) {
            return isParameter(b.left(), name) ? b.right() : b.left();
        }
        if (term instanceof Term.Binary b && (b.operator() == Term.Operator.TIMES
                || b.operator() == Term.Operator.DIVIDE)) {
            Term left = withoutFactor(b.left(), name);
            if (left != null) {
                return new Term.Binary(b.operator(), left, b.right());
            }
            Term right = b.operator() == Term.Operator.TIMES ? withoutFactor(b.right(), name) : null;
            return right == null ? null : new Term.Binary(b.operator(), b.left(), right);
        }
        return null;
    }

    /**
     * Whether term is the parameter name. (Not {@code term.equals(new Parameter(name))}: a record's
     * first equals in a JVM builds method handles, milliseconds of a cold start for each type.)
     */
    private static boolean isParameter(Term term, String name) {
        return term instanceof Term.Parameter p && p.name().equals(name);
    }

    private static int occurrences(Term term, String name) {
        if (term instanceof Term.Parameter p) {
            return p.name().equals(name) ? 1 : 0;
        } else if (term instanceof Term.Negation n) {
            return occurrences(n.operand(), name);
        } else if (term instanceof Term.Call c) {
            return occurrences(c.argument(), name);
        } else if (term instanceof Term.Square q) {
            return 2 * occurrences(q.base(), name);
        } else if (term instanceof Term.Binary b) {
            return occurrences(b.left(), name) + occurrences(b.right(), name);
        }
        return 0;
    }

    private static Term tree(String option, String text, Token[] rpn) {
        Deque<Term> stack = new ArrayDeque<>();
        for (Token token : rpn) {
            if (token instanceof NumberToken n) {
                stack.push(new Term.Constant(n.getValue()));
            } else if (token instanceof VariableToken v) {
                stack.push(switch (v.getName()) {
                    case "x" -> new Term.Coordinate(true);
                    case "y" -> new Term.Coordinate(false);
                    case "pi" -> new Term.Constant(Math.PI);
                    default -> new Term.Parameter(v.getName());
                });
            } else if (token instanceof FunctionToken f) {
                MathFunction function = MathFunction.named(f.getFunction().getName()).orElseThrow();
                stack.push(new Term.Call(function, pop(stack, option, text)));
            } else if (token instanceof OperatorToken o && o.getOperator().getNumOperands() == 1) {
                Term operand = pop(stack, option, text);
                stack.push(o.getOperator().getSymbol().equals("-") ? new Term.Negation(operand) : operand);
            } else if (token instanceof OperatorToken o) {
                Term right = pop(stack, option, text), left = pop(stack, option, text);
                stack.push(binary(o.getOperator().getSymbol(), left, right));
            } else {
                throw malformed(option, text);
            }
        }
        if (stack.size() != 1) {
            throw malformed(option, text);
        }
        return stack.pop();
    }

    private static Term binary(String symbol, Term left, Term right) {
        return switch (symbol) {
            case "+" -> new Term.Binary(Term.Operator.PLUS, left, right);
            case "-" -> new Term.Binary(Term.Operator.MINUS, left, right);
            case "*" -> new Term.Binary(Term.Operator.TIMES, left, right);
            case "/" -> new Term.Binary(Term.Operator.DIVIDE, left, right);
            case "^" -> right instanceof Term.Constant c && c.value() == 2.0 ? new Term.Square(left)
                    : new Term.Binary(Term.Operator.POWER, left, right);
            default -> throw new IllegalStateException("operator " + symbol + " passed the syntax check");
        };
    }

    private static Term pop(Deque<Term> stack, String option, String text) {
        if (stack.isEmpty()) {
            throw malformed(option, text);
        }
        return stack.pop();
    }

    private static BadInputException malformed(String option, String text) {
        return new BadInputException(option + " '" + text + "' is malformed: " + ExpressionSyntax.ACCEPTED);
    }
}
