package com.salaryatlas.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A report as the visitor sent it: the page it is about (its path on this site) and what looks wrong. Checked field
 * by field; the values are kept as sent so the form can show them again.
 */
public final class ReportForm {

    public static final int MIN_MESSAGE = 10;
    public static final int MAX_MESSAGE = 2_000;
    public static final int MAX_PAGE = 300;
    /** A path on this site, optionally with a query: one leading slash, no scheme, no host, no spaces or backslashes. */
    private static final Pattern PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~/%]*(\\?[A-Za-z0-9\\-._~/%=&+,]*)?");
    /** Control characters other than tab and newline: never useful in a report, and unsafe on an operator's terminal. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    /** What the visitor sent, kept so the form can show it again (newlines as \n). */
    public final String page;
    public final String message;
    /** Field name → what is wrong with it, in form order. */
    public final Map<String, String> errors = new LinkedHashMap<>();

    private ReportForm(String page, String message) {
        this.page = page;
        this.message = message;
    }

    public static ReportForm parse(Map<String, List<String>> params) {
        ReportForm form = new ReportForm(single(params, "page").strip(),
                // Browsers send a textarea's newlines as CRLF but count them as one character against maxlength.
                CONTROL.matcher(single(params, "message").replace("\r\n", "\n").replace('\r', '\n')).replaceAll(""));
        form.validate(params);
        return form;
    }

    /** An empty form for the page at {@code page}. */
    public static ReportForm blank(String page) {
        return new ReportForm(page, "");
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The message as stored: without surrounding blank space. */
    public String text() {
        return message.strip();
    }

    /** True when the page field holds a path on this site, so the page may link back to it. */
    public boolean pageIsLinkable() {
        return !errors.containsKey("page");
    }

    private void validate(Map<String, List<String>> params) {
        if (params.getOrDefault("page", List.of()).size() > 1) {
            errors.put("page", "The page was sent more than once. Please use the form on the page you are reporting.");
        } else if (page.isEmpty()) {
            errors.put("page", "We could not tell which page this is about. Enter its address on this site, "
                    + "starting with /, like /salaries/software-developer.");
        } else if (page.length() > MAX_PAGE || !PATH.matcher(page).matches()) {
            errors.put("page", "That is not the address of a page on this site. Enter the part after the site name, "
                    + "starting with / (like /salaries/software-developer), at most " + MAX_PAGE + " characters.");
        }

        String text = text();
        if (params.getOrDefault("message", List.of()).size() > 1) {
            errors.put("message", "The message was sent more than once. Please send it once.");
        } else if (text.isEmpty()) {
            errors.put("message", "Tell us which figure looks wrong and why, in at least " + MIN_MESSAGE + " characters.");
        } else if (text.length() < MIN_MESSAGE) {
            errors.put("message", "Please write a little more (at least " + MIN_MESSAGE
                    + " characters), so we can find the figure you mean.");
        } else if (text.length() > MAX_MESSAGE) {
            errors.put("message", "Please keep it to " + String.format("%,d", MAX_MESSAGE) + " characters; this one has "
                    + String.format("%,d", text.length()) + ".");
        }
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }
}
