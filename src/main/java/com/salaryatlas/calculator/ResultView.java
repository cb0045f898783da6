package com.salaryatlas.calculator;

import java.util.List;
import org.unbescape.html.HtmlEscape;

/**
 * The result panel as calculator/result.html prints it: every figure and sentence formatted and HTML-escaped, every
 * class and link worked out, so a render reads fields and calls nothing. It is built per request (by
 * {@link CalculatorController}) and rendered per request: the template's work is what a render costs, so the work
 * moves here, where it is plain Java.
 *
 * @param range       the base range, low–high
 * @param smallSample said when the estimate applies a state figure resting on few workers; null otherwise
 * @param offer       the offer card; null without an offer
 * @param move        the "moving to" card; null when not moving
 * @param whatIfs     null when there are none, so the heading above them goes too
 * @param shareUrlWithOffer the link that keeps the offer; null without an offer (the plain link leaves it out)
 * @param roleLinks   the line of links to the role's page and guides: a kept piece (it depends on the role alone), or
 *                    its marker when the page splices kept pieces in
 */
public record ResultView(Text roleTitle, Text placeName, Text low, Text mid, Text high, Text range, Text percentile,
                         Text hourly, Text smallSample, Offer offer, MoveCard move, EstimateChart chart,
                         List<FactorRow> factors, List<Part> parts, List<Line> missing, Text total, List<Line> whatIfs,
                         String shareUrl, String shareUrlWithOffer, String roleLinks) {

    /**
     * Text for the page, HTML-escaped once when it is made, by the escaper Thymeleaf's th:text uses, so the template
     * prints it unchanged with th:utext and the bytes are the same. Thymeleaf escapes a th:text longer than 100
     * characters one character at a time through a Reader, and most of the result's sentences are that long: that
     * was an eighth of a result page's CPU. Made only by {@link #of}, so a Text never holds unescaped input.
     */
    public static final class Text {
        private final String html;

        private Text(String html) {
            this.html = html;
        }

        /** The text escaped; null for null, so an absent sentence stays absent. */
        public static Text of(String plain) {
            return plain == null ? null : new Text(HtmlEscape.escapeHtml4Xml(plain));
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

    /** Where the offer sits: the verdict in words first, then its placements; {@code position} is its card's class. */
    public record Offer(Text verdict, Text placement, String position) {
    }

    /**
     * "Moving to": the offer (or the estimate's middle) carried to another state. Exactly one of {@code carried} and
     * {@code noPriceLevel} is set; {@code placed} only when carried; {@code smallSample} when the destination's
     * figure rests on few workers.
     */
    public record MoveCard(Text heading, Text carried, Text noPriceLevel, Text there, Text placed, Text smallSample,
                           Text beforeTax) {
    }

    /**
     * The chart of the estimate among the role's national percentiles: its summary, the rows of the table under it
     * (the same figures, for readers without the chart) and the JSON the chart script draws from.
     */
    public record EstimateChart(Text title, Text summary, List<Line> rows, String json) {
    }

    /** A factor line: what it did, its change to the middle and its class, and its source (linked when it has one). */
    public record FactorRow(Text label, Text effect, Text change, String direction, String sourceHref,
                            Text sourceName) {
    }

    /** One part of pay beyond base: its name, its amount, how the amount was worked out. */
    public record Part(Text label, Text amount, Text basis) {
    }

    /** A label and what goes with it: a signed dollar change, a reason or a figure. */
    public record Line(Text label, Text value) {
    }
}
