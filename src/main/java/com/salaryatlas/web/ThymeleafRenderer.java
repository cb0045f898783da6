package com.salaryatlas.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ognl.OgnlRuntime;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.util.FastStringWriter;

/** Renders templates/ with Thymeleaf and hands every page the site-wide model (name, nav, canonical URL). */
public final class ThymeleafRenderer implements FileRenderer {

    /** What a page's main element usually comes to, in characters; a larger page grows the buffer as before. */
    private static final int PAGE_CHARS = 16 * 1024;

    private final TemplateEngine engine;
    private final SiteInfo site;
    private final RecordPropertyAccessor accessor = new RecordPropertyAccessor();

    public ThymeleafRenderer(SiteFiles files, SiteInfo site) {
        this.site = site;
        AbstractConfigurableTemplateResolver resolver;
        if (files.fromDisk()) {
            resolver = new FileTemplateResolver();
            resolver.setPrefix(files.templates().toString() + "/");
            resolver.setCacheable(false);
        } else {
            resolver = new ClassLoaderTemplateResolver();
            resolver.setPrefix("templates/");
            resolver.setCacheable(true);
        }
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        // OGNL keeps its accessors in a global registry; registering the same accessor again is harmless.
        OgnlRuntime.setPropertyAccessor(Record.class, accessor);
        this.engine = new TemplateEngine();
        // Thymeleaf would load Jackson at start for th:inline="javascript", which no template uses.
        StandardDialect dialect = new StandardDialect();
        dialect.setJavaScriptSerializer(new StandardJavaScriptSerializer(false));
        dialect.setVariableExpressionEvaluator(new RecordPaths(dialect.getVariableExpressionEvaluator(), accessor));
        this.engine.setDialect(dialect);
        this.engine.setTemplateResolver(resolver);
    }

    /** Lets templates read a non-record class's public final fields through the same fast accessor. */
    public void readPublicFieldsOf(Class<?> type) {
        OgnlRuntime.setPropertyAccessor(type, accessor);
    }

    /** Parses the layout and its fragments once before the first visitor arrives, so the first page is not the slow one. */
    public void warmUp() {
        render("web/not-found", Map.of("page", PageMeta.of("Warm-up", "Warm-up")), "/");
    }

    /**
     * One fragment rendered on its own, outside any page ("calculator/options :: locations"): for pieces a page
     * reuses often enough that rendering them once, and keeping the result, pays.
     */
    public String fragment(String templateAndSelector, Map<String, ?> model) {
        int selector = templateAndSelector.indexOf(" :: ");
        return engine.process(new TemplateSpec(templateAndSelector.substring(0, selector),
                Set.of(templateAndSelector.substring(selector + 4)), TemplateMode.HTML, null),
                new org.thymeleaf.context.Context(Locale.US, new HashMap<>(model)));
    }

    /**
     * The layout (head, navigation, breadcrumbs, footer) of a page with this meta at this path, rendered without its
     * main element: a page rendered per request renders only its {@code main} and wraps it in a kept shell.
     */
    public Shell shell(PageMeta page, String currentPath) {
        String html = render("web/shell", Map.of("page", page, "slot", Shell.SLOT), currentPath);
        int slot = html.indexOf(Shell.SLOT);
        return new Shell(html.substring(0, slot).getBytes(StandardCharsets.UTF_8),
                html.substring(slot + Shell.SLOT.length()).getBytes(StandardCharsets.UTF_8));
    }

    /** A page's layout as bytes before and after its main element. */
    public record Shell(byte[] before, byte[] after) {

        static final String SLOT = "<!--salary-atlas:main-->";
    }

    @Override
    public String render(String filePath, Map<String, ?> model, Context ctx) {
        return render(filePath, model, ctx.path());
    }

    /** A page rendered outside any request, as if asked for at {@code currentPath}. */
    public String render(String filePath, Map<String, ?> model, String currentPath) {
        Map<String, Object> variables = new HashMap<>(model);
        PageMeta page = (PageMeta) model.get("page");
        if (page == null) {
            throw new IllegalArgumentException("Template " + filePath + " rendered without a PageMeta 'page'");
        }
        String path = page.canonicalPath() != null ? page.canonicalPath() : currentPath;
        variables.put("site", site);
        variables.put("canonicalUrl", site.url() + path);
        variables.put("currentPath", currentPath);
        // "calculator/result :: result" renders one fragment alone: what a live update swaps into the page.
        int selector = filePath.indexOf(" :: ");
        String template = selector < 0 ? filePath : filePath.substring(0, selector);
        template = template.endsWith(".html") ? template.substring(0, template.length() - 5) : template;
        Set<String> fragments = selector < 0 ? Set.of() : Set.of(filePath.substring(selector + 4));
        // Sized for a page: Thymeleaf's own writer starts at a few characters and copies itself a dozen times over
        // while a page is written, which cost the calculator's result a twentieth of its CPU.
        FastStringWriter out = new FastStringWriter(PAGE_CHARS);
        engine.process(new TemplateSpec(template, fragments, TemplateMode.HTML, null),
                new org.thymeleaf.context.Context(Locale.US, variables), out);
        return out.toString();
    }
}
