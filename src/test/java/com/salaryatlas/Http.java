package com.salaryatlas;

import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small conveniences over Javalin's test client and the pages it fetches. */
public final class Http {

    private Http() {
    }

    public static String header(Response response, String name) {
        List<String> values = response.headers().get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    public static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static final Pattern ROW = Pattern.compile("(?s)<tr>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>");
    private static final Pattern JSON_LD = Pattern.compile("(?s)<script type=\"application/ld\\+json\">(.*?)</script>");

    /**
     * The text of each cell of the first row whose header cell reads {@code rowHeader}, in the first table whose
     * caption starts with {@code captionStart}. Fails when there is no such table or row.
     */
    public static List<String> row(String html, String captionStart, String rowHeader) {
        for (List<String> row : rows(html, captionStart)) {
            if (row.get(0).equals(rowHeader)) {
                return row;
            }
        }
        throw new AssertionError("no row '" + rowHeader + "' in the table '" + captionStart + "…': " + rows(html, captionStart));
    }

    /** Every body row of the first table whose caption starts with {@code captionStart}, as cell texts. */
    public static List<List<String>> rows(String html, String captionStart) {
        int caption = html.indexOf("<caption>" + captionStart);
        if (caption < 0) {
            throw new AssertionError("no table captioned '" + captionStart + "…'");
        }
        String table = html.substring(caption, html.indexOf("</table>", caption));
        table = table.substring(table.indexOf("<tbody>"));
        List<List<String>> rows = new ArrayList<>();
        Matcher r = ROW.matcher(table);
        while (r.find()) {
            List<String> cells = new ArrayList<>();
            Matcher c = CELL.matcher(r.group(1));
            while (c.find()) {
                cells.add(text(c.group(1)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The caption of the first table whose caption starts with {@code captionStart}. */
    public static String caption(String html, String captionStart) {
        int start = html.indexOf("<caption>" + captionStart);
        if (start < 0) {
            throw new AssertionError("no table captioned '" + captionStart + "…'");
        }
        return text(html.substring(start + "<caption>".length(), html.indexOf("</caption>", start)));
    }

    /** The page's one JSON-LD block. */
    public static String jsonLd(String html) {
        Matcher m = JSON_LD.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no <script type=\"application/ld+json\"> in the page");
        }
        String json = m.group(1);
        if (m.find()) {
            throw new AssertionError("more than one JSON-LD block");
        }
        return json;
    }

    /** "$239,200" -> 239200. */
    public static long dollars(String money) {
        return Long.parseLong(money.replaceAll("[$,]", ""));
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
                .replaceAll("\\s+", " ").strip();
    }
}
