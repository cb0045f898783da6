package com.salaryatlas.web;

import org.unbescape.html.HtmlEscape;

/**
 * Text for a page, HTML-escaped once when it is made, by the escaper Thymeleaf's th:text uses, so a template prints it
 * unchanged with th:utext and the bytes are the same. Thymeleaf escapes a th:text longer than 100 characters one
 * character at a time through a Reader, and most of the calculator result's sentences are that long: that was an
 * eighth of a result page's CPU. Made by {@link #of} from plain text, or by {@link #markup} from markup our own code
 * wrote, so a Text never holds unescaped input.
 */
public final class Text {
    private final String html;

    private Text(String html) {
        this.html = html;
    }

    /** The text escaped; null for null, so an absent sentence stays absent. */
    public static Text of(String plain) {
        return plain == null ? null : new Text(HtmlEscape.escapeHtml4Xml(plain));
    }

    /**
     * Markup that is already safe to print as it is: JSON from {@link JsonWriter} (which escapes '<'), or a kept
     * fragment's marker. Never for anything a visitor typed.
     */
    public static Text markup(String html) {
        return html == null ? null : new Text(html);
    }

    /** The escaped markup, which th:utext prints. */
    @Override
    public String toString() {
        return html;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && t.html.equals(html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }
}
