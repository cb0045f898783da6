package com.salaryatlas.calculator;

import com.salaryatlas.web.Text;
import java.util.List;

/**
 * The result panel as calculator/result.html prints it: every figure and sentence formatted and HTML-escaped, every
 * class and link worked out, so a render reads fields and calls nothing. It is built per request (by
 * {@link CalculatorController}) and printed through {@link com.salaryatlas.web.SlottedFragments}: the template is
 * rendered once per shape of this view (which parts are there, how many rows) and a request fills in its values. So
 * its leaves are {@link Text} for what th:utext prints and Strings for what Thymeleaf escapes (attributes, th:text).
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
                         String shareUrl, String shareUrlWithOffer, Text roleLinks) {

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
    public record EstimateChart(String title, Text summary, List<Line> rows, Text json) {
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
