package org.arbot.intacct.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code filterExpression} such as {@code (1 and 2) or 3}: filter numbers joined by {@code and}/{@code or}
 * with parentheses, {@code and} binding tighter; an empty expression means every filter must hold.
 */
final class FilterExpression {

    private static final Pattern TOKEN = Pattern.compile("\\s*(\\d+|and|or|\\(|\\))", Pattern.CASE_INSENSITIVE);

    private final List<String> tokens;
    private int position;

    private FilterExpression(List<String> tokens) {
        this.tokens = tokens;
    }

    /** Evaluates the expression over {@code filterCount} filters, asking {@code holds} for each numbered filter (1-based). */
    static boolean evaluate(String expression, int filterCount, IntPredicate holds) {
        if (expression == null || expression.isBlank() || expression.trim().equalsIgnoreCase("and")) {
            for (int i = 1; i <= filterCount; i++) {
                if (!holds.test(i)) {
                    return false;
                }
            }
            return true;
        }
        if (expression.trim().equalsIgnoreCase("or")) {
            for (int i = 1; i <= filterCount; i++) {
                if (holds.test(i)) {
                    return true;
                }
            }
            return filterCount == 0;
        }
        return evaluate(tokenize(expression), expression, filterCount, holds);
    }

    /** As {@link #evaluate(String, int, IntPredicate)}, over an expression tokenized once for every row of a query. */
    static boolean evaluate(List<String> tokens, String expression, int filterCount, IntPredicate holds) {
        if (expression == null || expression.isBlank() || expression.trim().equalsIgnoreCase("and")
                || expression.trim().equalsIgnoreCase("or")) {
            return evaluate(expression, filterCount, holds);
        }
        FilterExpression parser = new FilterExpression(tokens);
        boolean result = parser.or(filterCount, holds);
        if (parser.position != parser.tokens.size()) {
            throw SandboxError.invalid("filterExpression '" + expression + "' has unexpected '"
                    + parser.tokens.get(parser.position) + "'", "/filterExpression");
        }
        return result;
    }

    static List<String> tokenize(String expression) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(expression);
        int end = 0;
        while (matcher.lookingAt()) {
            tokens.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
            end = matcher.end();
            matcher.region(end, expression.length());
        }
        if (!expression.substring(end).isBlank()) {
            throw SandboxError.invalid("filterExpression '" + expression + "' cannot be read from '"
                    + expression.substring(end).trim() + "'", "/filterExpression");
        }
        return tokens;
    }

    private boolean or(int count, IntPredicate holds) {
        boolean value = and(count, holds);
        while (peek("or")) {
            position++;
            value = and(count, holds) | value;
        }
        return value;
    }

    private boolean and(int count, IntPredicate holds) {
        boolean value = term(count, holds);
        while (peek("and")) {
            position++;
            value = term(count, holds) & value;
        }
        return value;
    }

    private boolean term(int count, IntPredicate holds) {
        if (position >= tokens.size()) {
            throw SandboxError.invalid("filterExpression ends too early", "/filterExpression");
        }
        String token = tokens.get(position++);
        if (token.equals("(")) {
            boolean value = or(count, holds);
            if (!peek(")")) {
                throw SandboxError.invalid("filterExpression misses a closing parenthesis", "/filterExpression");
            }
            position++;
            return value;
        }
        if (!Character.isDigit(token.charAt(0))) {
            throw SandboxError.invalid("filterExpression has '" + token + "' where a filter number belongs", "/filterExpression");
        }
        int number = Integer.parseInt(token);
        if (number < 1 || number > count) {
            throw SandboxError.invalid("filterExpression names filter " + number + " but there are " + count, "/filterExpression");
        }
        return holds.test(number);
    }

    private boolean peek(String token) {
        return position < tokens.size() && tokens.get(position).equals(token);
    }
}
