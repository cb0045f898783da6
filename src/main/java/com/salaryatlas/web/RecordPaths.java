package com.salaryatlas.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Reads the templates' plain paths, {@code ${result}} and {@code ${result.offer.verdict}} through records, without
 * OGNL. OGNL walks every path as a syntax tree and, at each step but the last, asks by introspection whether the
 * property is indexed; Thymeleaf's own shortcut past OGNL takes maps and beans, not records. On the calculator's
 * result, read from a view record, that was an eighth of the page's CPU. Anything else (a method call, an operator,
 * a map or a bean on the way, a null before the end, a selection, a type conversion, or an attribute that forbids
 * unsafe results) goes to OGNL as before, so an expression means what it meant and fails as it failed.
 *
 * <p>A restricted context ({@code th:utext}, {@code th:text} and most attributes) is read here too: what it forbids
 * is reaching the request's parameters, session or application, creating objects and calling static methods. A path
 * of record accessors does none of these, and a path starting at one of those names goes to OGNL.
 */
final class RecordPaths implements IStandardVariableExpressionEvaluator {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    /** Names OGNL reads as something other than a variable. */
    private static final Set<String> NOT_VARIABLES = Set.of("true", "false", "null", "this", "and", "or", "not", "in",
            "instanceof", "new", "bor", "xor", "band", "eq", "neq", "lt", "gt", "lte", "gte", "shl", "shr", "ushr",
            "param", "session", "application", "request", "response");
    private static final Step[] NOT_A_PATH = new Step[0];

    private final IStandardVariableExpressionEvaluator ognl;
    private final RecordPropertyAccessor accessors;
    /** Each expression's steps; the expressions are the templates' own, so the map stays as small as they are. */
    private final Map<String, Step[]> paths = new ConcurrentHashMap<>();

    RecordPaths(IStandardVariableExpressionEvaluator ognl, RecordPropertyAccessor accessors) {
        this.ognl = ognl;
        this.accessors = accessors;
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext execution) {
        if (expression.getUseSelectionAsRoot() || execution.getPerformTypeConversion()
                || execution.getForbidUnsafeExpressionResults()) {
            return ognl.evaluate(context, expression, execution);
        }
        // A plain get first: computeIfAbsent takes a lock when the key shares its bin, and every expression is read
        // on every render.
        Step[] path = paths.get(expression.getExpression());
        if (path == null) {
            path = paths.computeIfAbsent(expression.getExpression(), RecordPaths::steps);
        }
        if (path == NOT_A_PATH) {
            return ognl.evaluate(context, expression, execution);
        }
        Object value = context.getVariable(path[0].name);
        for (int i = 1; i < path.length; i++) {
            Method accessor = value instanceof Record ? path[i].accessorOn(value.getClass(), accessors) : null;
            if (accessor == null) {
                return ognl.evaluate(context, expression, execution);
            }
            try {
                value = accessor.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateProcessingException("cannot read " + expression.getExpression(), e);
            }
        }
        return value;
    }

    private static Step[] steps(String expression) {
        String trimmed = expression.trim();
        if (!PATH.matcher(trimmed).matches()) {
            return NOT_A_PATH;
        }
        String[] names = trimmed.split("\\.");
        if (NOT_VARIABLES.contains(names[0])) {
            return NOT_A_PATH;
        }
        Step[] steps = new Step[names.length];
        for (int i = 0; i < names.length; i++) {
            steps[i] = new Step(names[i]);
        }
        return steps;
    }

    /**
     * One name in a path, with the accessor it last resolved to and the class it resolved on: a template reads the
     * same record type at the same place on every render, so the look-up by class and name is made once, not per read.
     */
    private static final class Step {
        private final String name;
        private volatile Resolved last;

        private record Resolved(Class<?> type, Method accessor) {
        }

        Step(String name) {
            this.name = name;
        }

        Method accessorOn(Class<?> type, RecordPropertyAccessor accessors) {
            Resolved seen = last;
            if (seen != null && seen.type == type) {
                return seen.accessor;
            }
            Method accessor = accessors.accessor(type, name);
            last = new Resolved(type, accessor);
            return accessor;
        }
    }
}
