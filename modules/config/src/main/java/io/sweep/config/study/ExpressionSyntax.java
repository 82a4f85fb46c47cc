package io.sweep.config.study;

import io.sweep.config.BadInputException;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Checks an expression's syntax before exp4j structures it, so that every error names its
 * position (exp4j's own messages often do not): the characters, numbers, names, parentheses and
 * the alternation of operands and operators. Returns the names used, in order of appearance.
 */
final class ExpressionSyntax {
    static final String ACCEPTED = "use numbers, x, y, pi, parameter names, + - * / ^, parentheses and "
            + MathFunction.NAMES;

    private final String option;
    private final String text;
    private int at;

    private ExpressionSyntax(String option, String text) {
        this.option = option;
        this.text = text;
    }

    /** The identifiers (names and functions) in order of first use; throws BadInputException. */
    static Set<String> check(String option, String text) {
        return new ExpressionSyntax(option, text).scan();
    }

    private Set<String> scan() {
        Set<String> names = new LinkedHashSet<>();
        boolean expectOperand = true;
        int depth = 0;
        int lastOpen = -1;
        at = 0;
        skipSpaces();
        if (at == text.length()) {
            throw fail("is empty", -1);
        }
        while (at < text.length()) {
            char c = text.charAt(at);
            int start = at;
            if (Character.isDigit(c) || c == '.') {
                if (!expectOperand) {
                    throw fail("has a number where an operator is expected", start);
                }
                number();
                expectOperand = false;
            } else if (Character.isLetter(c) || c == '_') {
                String name = identifier();
                if (!expectOperand) {
                    throw fail("has '" + name + "' where an operator is expected (write * for products)", start);
                }
                skipSpaces();
                boolean call = at < text.length() && text.charAt(at) == '(';
                if (call && MathFunction.named(name).isEmpty()) {
                    throw fail("calls the unknown function '" + name + "'", start);
                }
                if (!call && MathFunction.named(name).isPresent()) {
                    throw fail("uses the function '" + name + "' without an argument in parentheses", start);
                }
                names.add(name);
                expectOperand = call;
                continue;
            } else if (c == '(') {
                if (!expectOperand) {
                    throw fail("has '(' where an operator is expected (write * for products)", start);
                }
                depth++;
                lastOpen = start;
                at++;
            } else if (c == ')') {
                if (expectOperand || depth == 0) {
                    throw fail(depth == 0 ? "has a ')' that closes nothing" : "has an operand missing before ')'",
                            start);
                }
                depth--;
                at++;
            } else if ("+-*/^".indexOf(c) >= 0) {
                if (expectOperand && c != '-' && c != '+') {
                    throw fail("has an operand missing before '" + c + "'", start);
                }
                expectOperand = true;
                at++;
            } else {
                throw fail("has the character '" + c + "', which is not allowed", start);
            }
            skipSpaces();
        }
        if (expectOperand) {
            throw fail("ends where an operand is expected", text.length());
        }
        if (depth > 0) {
            throw fail("has a '(' that is never closed", lastOpen);
        }
        return names;
    }

    private void number() {
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '.') {
            at++;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
        }
        if (at == start + 1 && text.charAt(start) == '.') {
            throw fail("has a '.' that is not part of a number", start);
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            int mark = at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            int digits = at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            if (at == digits) {
                throw fail("has a malformed exponent in a number", mark);
            }
        }
        if (at < text.length() && text.charAt(at) == '.') {
            throw fail("has a malformed number", start);
        }
    }

    private String identifier() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        return text.substring(start, at);
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    /** position: 0-based index, shown 1-based; -1 for none. */
    private BadInputException fail(String what, int position) {
        String where = position < 0 ? "" : " at position " + (position + 1);
        return new BadInputException(option + " '" + text + "' " + what + where + ": " + ACCEPTED);
    }
}
