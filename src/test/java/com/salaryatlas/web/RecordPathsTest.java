package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import ognl.OgnlRuntime;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class RecordPathsTest {

    record Inner(String name) {
    }

    record Outer(Inner inner, String title) {
    }

    /** A second record with a component of the same name as {@link Inner}'s, read at the same place in a template. */
    record Other(String extra, String name) {
    }

    private static final RecordPropertyAccessor ACCESSOR = new RecordPropertyAccessor();

    static {
        OgnlRuntime.setPropertyAccessor(Record.class, ACCESSOR);
    }

    private static String render(boolean recordPaths, String template, Map<String, Object> model) {
        return render(recordPaths, template, model, new AtomicInteger());
    }

    /** Renders {@code template}, counting in {@code toOgnl} the expressions that went to OGNL. */
    private static String render(boolean recordPaths, String template, Map<String, Object> model, AtomicInteger toOgnl) {
        StandardDialect dialect = new StandardDialect();
        if (recordPaths) {
            IStandardVariableExpressionEvaluator ognl = dialect.getVariableExpressionEvaluator();
            dialect.setVariableExpressionEvaluator(new RecordPaths((context, expression, execution) -> {
                toOgnl.incrementAndGet();
                return ognl.evaluate(context, expression, execution);
            }, ACCESSOR));
        }
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        TemplateEngine engine = new TemplateEngine();
        engine.setDialect(dialect);
        engine.setTemplateResolver(resolver);
        return engine.process(template, new Context(Locale.US, new HashMap<>(model)));
    }

    private static final Map<String, Object> MODEL = Map.of("r", new Outer(new Inner("Tom & Jerry"), "T"),
            "m", Map.of("key", "value"));

    @Test
    void a_path_through_records_reads_what_ognl_reads() {
        String template = "<p th:text=\"${r.inner.name}\">x</p><p th:text=\"${r.title}\">x</p>";
        assertEquals(render(false, template, MODEL), render(true, template, MODEL));
    }

    @Test
    void a_method_call_a_map_an_operator_and_an_absent_variable_read_what_ognl_reads() {
        String template = "<p th:text=\"${r.title.length()}\">x</p><p th:text=\"${m.key}\">x</p>"
                + "<p th:text=\"${r.title != null}\">x</p><p th:text=\"${absent}\">x</p><p th:if=\"${r.inner}\">y</p>";
        assertEquals(render(false, template, MODEL), render(true, template, MODEL));
    }

    @Test
    void text_and_utext_read_a_record_path_without_ognl() {
        AtomicInteger toOgnl = new AtomicInteger();
        render(true, "<p th:utext=\"${r.inner.name}\">x</p><p th:text=\"${r.title}\">x</p>", MODEL, toOgnl);
        assertEquals(0, toOgnl.get());
    }

    @Test
    void a_request_parameter_in_a_restricted_attribute_goes_to_ognl_which_refuses_it() {
        AtomicInteger toOgnl = new AtomicInteger();
        assertThrows(TemplateEngineException.class, () -> render(true, "<p th:utext=\"${param.x}\">x</p>", MODEL, toOgnl));
        assertEquals(1, toOgnl.get());
    }

    @Test
    void one_path_reads_each_of_two_record_types_it_meets_in_turn() {
        String template = "<p th:each=\"x : ${list}\" th:text=\"${x.name}\">x</p>";
        Map<String, Object> model = Map.of("list", List.of(new Inner("a"), new Other("no", "b"), new Inner("c")));
        assertEquals("<p>a</p><p>b</p><p>c</p>", render(true, template, model));
    }

    @Test
    void a_path_through_a_missing_record_fails_as_it_fails_through_ognl() {
        assertThrows(TemplateProcessingException.class, () -> render(true, "<p th:text=\"${absent.name}\">x</p>", MODEL));
    }
}
