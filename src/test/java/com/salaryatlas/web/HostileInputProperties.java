package com.salaryatlas.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salaryatlas.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 14, hostile input at scale: thousands of random and hostile values sent to the calculator, the API, compare
 * and the report form, on one site (fixture content, rate limit off) for the whole class. Whatever comes in: never a
 * 5xx, nothing echoed unescaped, the API answers JSON, and nothing stored that the form rules refuse.
 */
class HostileInputProperties {

    private static final String FORM = "application/x-www-form-urlencoded";

    /** Strings that must never appear raw in a response body (checked case-insensitively). */
    private static final List<String> MARKERS = List.of("<x-evil", "\"><script>", "zq\"zq", "zq'zq", "<svg/onload");

    private static final List<String> ROLES = List.of("reference", "ranged", "median-only", "fixture-occupation", "senior-title");
    private static final List<String> LEVELS = List.of("entry", "mid", "senior", "staff");
    private static final List<String> PLACES = List.of("us", "ca", "tx", "pr", "big-city", "remote");
    private static final List<String> SKILLS = List.of("rust", "go", "cert", "cert-pro", "cloud", "niche");
    private static final List<String> ORG_SIZES = List.of("10-000-or-more-employees", "20-to-99-employees", "2-to-9-employees");
    private static final List<String> CALCULATOR_FIELDS = List.of("role", "level", "years", "location", "skills", "org-size", "arrangement", "offer",
            "moving-to");

    /** What a stored report's page may look like: a path on this site, nothing that leaves it or breaks markup. */
    private static final Pattern SITE_PATH = Pattern.compile("/(?![/\\\\])[^\\s<>\"'\\\\\\p{Cc}]{0,299}");
    private static final Pattern STORED_CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestSite site;

    @BeforeContainer
    static void start() {
        site = TestSite.serving();
    }

    @AfterContainer
    static void stop() {
        try {
            if (site != null) {
                site.flushEstimates();
                List<String> bad = new ArrayList<>(badEstimateRows());
                bad.addAll(badReportRows());
                long[] stored = new long[2];
                query("SELECT (SELECT COUNT(*) FROM estimate_log), (SELECT COUNT(*) FROM report)", r -> {
                    stored[0] = r.getLong(1);
                    stored[1] = r.getLong(2);
                });
                System.out.println("HostileInputProperties: " + stored[0] + " estimates logged, " + stored[1] + " reports stored");
                if (stored[0] == 0 || stored[1] == 0) {
                    bad.add("nothing stored at all (" + stored[0] + " estimates, " + stored[1] + " reports): the checks proved nothing");
                }
                if (!bad.isEmpty()) {
                    throw new AssertionError("stored what the rules refuse:\n" + String.join("\n", bad));
                }
            }
        } finally {
            if (site != null) {
                site.close();
            }
        }
    }

    // ---------------------------------------------------------------- generators

    /** Hostile fragments: markup, quotes, unicode oddities, escapes, numbers that are not. */
    private static Arbitrary<String> hostileFragment() {
        Arbitrary<String> markup = Arbitraries.of("<x-evil>", "<X-EVIL>", "\"><script>alert(1)</script>", "zq\"zq", "zq'zq",
                "'\"><x-evil onmouseover=alert(1)>", "</textarea><x-evil>", "</title><x-evil>", "<svg/onload=alert(1)>",
                "javascript:alert(1)", "{{7*7}}", "${7*7}", "[[${7*7}]]", "[(${T(java.lang.Runtime)})]", "';--", "\" OR 1=1 --");
        Arbitrary<String> unicode = Arbitraries.of("\u200f", "\u202e", "\u200b", "\ufeff", "\uD83D\uDCB0", "\uD83D\uDC69\u200D\uD83D\uDCBB",
                "e\u0301\u0301\u0301", "\u0000", "\u0001", "\u001b[31m", "\r\n", "\n", "\t", "\u0085", "\u2028", "\uD800", "\uDFFF",
                "\uFFFF", "İ", "ß", "Ｒｅｆｅｒｅｎｃｅ", "\u0130nfo");
        Arbitrary<String> escapes = Arbitraries.of("%", "%zz", "%2", "%3C", "%3Cx-evil%3E", "%22", "%00", "%e9", "%C0%AE", "%%", "%25",
                "+", "&", "=", "&&", "==", ";", "#", "?", "/", "\\", "..", "../..", "%2e%2e%2f");
        Arbitrary<String> numbers = Arbitraries.of("150k", "1e9", "-1", "-0", "0", "51", "50", "2147483648", "99999999999999999999",
                "1.5", "1,000,000", "$125,000", "125.5k", "999999.999k", "1000000.0001k", "NaN", "Infinity", "0x10", "١٢٣", "10000001",
                "999", " 42 ", "4 2");
        Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(12);
        return Arbitraries.oneOf(markup, unicode, escapes, numbers, random);
    }

    private static Arbitrary<String> longString() {
        return Combinators.combine(Arbitraries.of("a", "<x-evil>", "\uD83D\uDCB0", "é", " ", "%"),
                Arbitraries.integers().between(300, 5_000)).as((s, n) -> s.repeat(Math.max(1, n / s.length())));
    }

    /** A value for any field: a known slug, a number, or hostile text (a few fragments, maybe around a slug). */
    private static Arbitrary<String> value(List<String> valid) {
        Arbitrary<String> good = Arbitraries.of(valid);
        Arbitrary<String> mixed = Combinators.combine(hostileFragment().list().ofMinSize(1).ofMaxSize(3), good.injectNull(0.5))
                .as((parts, slug) -> (slug == null ? "" : slug) + String.join("", parts));
        return Arbitraries.frequencyOf(
                w(4, good),
                w(5, mixed),
                w(1, longString()),
                w(1, Arbitraries.just("")));
    }

    @SuppressWarnings("unchecked")
    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends String>> w(int weight, Arbitrary<? extends String> a) {
        return net.jqwik.api.Tuple.of(weight, a);
    }

    private static Arbitrary<String> fieldValue(String field) {
        return switch (field) {
            case "role" -> value(ROLES);
            case "level" -> value(LEVELS);
            case "location" -> value(PLACES);
            case "moving-to" -> value(List.of("wa", "tx", "ca", "pr", "vi", "zz", "us"));
            case "skills" -> value(SKILLS);
            case "org-size" -> value(ORG_SIZES);
            case "arrangement" -> value(List.of("remote", "in-person", "hybrid"));
            case "years", "offer" -> value(List.of("0", "4", "12", "50", "150k", "125000", "1000", "10000000"));
            default -> value(ROLES);
        };
    }

    /** One name=value pair, usually a calculator field, sometimes a hostile name. */
    private static Arbitrary<Map.Entry<String, String>> calculatorPair() {
        Arbitrary<String> names = Arbitraries.frequencyOf(
                w(12, Arbitraries.of(CALCULATOR_FIELDS)),
                w(1, hostileFragment()));
        return names.flatMap(name -> fieldValue(name).map(v -> Map.entry(name, v)));
    }

    /** A calculator query: mostly a valid-looking base (role, level, location), plus random pairs, repeats included. */
    @Provide
    Arbitrary<List<Map.Entry<String, String>>> calculatorParams() {
        Arbitrary<List<Map.Entry<String, String>>> base = Combinators.combine(Arbitraries.of(ROLES), Arbitraries.of(LEVELS),
                        Arbitraries.of(PLACES))
                .as((r, l, p) -> List.of(Map.entry("role", r), Map.entry("level", l), Map.entry("location", p)));
        return Combinators.combine(base.injectNull(0.3), calculatorPair().list().ofMaxSize(8))
                .as((b, extra) -> {
                    List<Map.Entry<String, String>> all = new ArrayList<>();
                    if (b != null) {
                        all.addAll(b);
                    }
                    all.addAll(extra);
                    return all;
                });
    }

    /** How a query string is written: as a browser would (encoded), or raw bytes as a script might. */
    enum Encoding { BROWSER, RAW }

    // ---------------------------------------------------------------- properties

    @Property(tries = 400)
    void the_calculator_survives_any_input(@ForAll("calculatorParams") List<Map.Entry<String, String>> params,
                                           @ForAll("routes") String route, @ForAll Encoding encoding) {
        Answer answer;
        if (route.equals("POST /calculator")) {
            answer = encoding == Encoding.RAW ? post("/calculator", rawQuery(params)) : post("/calculator", encode(params));
        } else {
            String path = route.substring("GET ".length());
            answer = encoding == Encoding.RAW ? rawGet(path + "?" + rawQuery(params)) : get(path + "?" + encode(params));
        }
        checkPage(answer, route + " " + params);
        checkEstimateLog();
    }

    @Provide
    Arbitrary<String> routes() {
        return Arbitraries.of("POST /calculator", "GET /calculator", "GET /calculator/result");
    }

    @Property(tries = 300)
    void the_api_answers_json_to_any_input(@ForAll("calculatorParams") List<Map.Entry<String, String>> params,
                                           @ForAll Encoding encoding) {
        Answer answer = encoding == Encoding.RAW ? rawGet("/api/estimate?" + rawQuery(params))
                : get("/api/estimate?" + encode(params));
        String what = "/api/estimate " + params;
        noServerError(answer, what);
        if (!refusedByServer(answer)) {
            // A request line Jetty itself refuses (too long, malformed bytes) never reaches the API; anything else is JSON.
            if (!answer.type.startsWith("application/json") && !answer.type.startsWith("application/problem+json")) {
                throw new AssertionError(what + ": not JSON but '" + answer.type + "' (" + answer.status + "): " + head(answer.body));
            }
            try {
                JSON.readTree(answer.body);
            } catch (IOException e) {
                throw new AssertionError(what + ": a body that does not parse as JSON: " + head(answer.body), e);
            }
        }
        noMarkers(answer, what);
        checkEstimateLog();
    }

    @Property(tries = 300)
    void compare_survives_any_pair(@ForAll("compareValue") String a, @ForAll("compareValue") String b,
                                   @ForAll("compareForm") int form, @ForAll Encoding encoding) {
        Answer answer;
        String what;
        if (form == 0) {
            what = "/compare?a=" + a + "&b=" + b;
            answer = encoding == Encoding.RAW ? rawGet("/compare?a=" + raw(a) + "&b=" + raw(b))
                    : get("/compare?a=" + enc(a) + "&b=" + enc(b));
        } else if (form == 1) {
            what = "/compare?a=" + a + "&a=" + b + "&b=" + b + "&b=" + a;
            answer = get("/compare?a=" + enc(a) + "&a=" + enc(b) + "&b=" + enc(b) + "&b=" + enc(a));
        } else {
            what = "/compare/" + a + "-vs-" + b;
            answer = encoding == Encoding.RAW ? rawGet("/compare/" + raw(a) + "-vs-" + raw(b))
                    : get("/compare/" + segment(a) + "-vs-" + segment(b));
        }
        checkPage(answer, what);
    }

    @Provide
    Arbitrary<String> compareValue() {
        return value(ROLES);
    }

    @Provide
    Arbitrary<Integer> compareForm() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<String> reportPage() {
        Arbitrary<String> good = Arbitraries.of("/", "/salaries/reference", "/calculator?role=reference&level=mid",
                "/compare/median-only-vs-reference", "/guides/reference-guide");
        Arbitrary<String> bad = Arbitraries.of("//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)",
                "/<x-evil>", "/\"><script>alert(1)</script>", "/zq\"zq", " /salaries/reference ", "/a b", "/%0d%0aSet-Cookie:x",
                "salaries/reference", "/\u0000", "/\u202e", "/x?a=<x-evil>");
        Arbitrary<String> withSuffix = Combinators.combine(good, hostileFragment()).as(String::concat);
        Arbitrary<String> tooLong = Arbitraries.integers().between(295, 320).map(n -> "/" + "a".repeat(n));
        return Arbitraries.frequencyOf(w(4, good), w(3, bad), w(3, withSuffix), w(1, tooLong),
                w(1, Arbitraries.just("")));
    }

    @Provide
    Arbitrary<String> reportMessage() {
        Arbitrary<String> words = Combinators.combine(hostileFragment().list().ofMaxSize(4),
                        Arbitraries.of("The median looks wrong", "too low", "x", "abcdefghi", "abcdefghij"))
                .as((parts, text) -> text + String.join("", parts));
        Arbitrary<String> padded = Combinators.combine(Arbitraries.of("", " ", "\t\n", "\r\n  ", "\u0000\u0000", "\u00a0", "\u3000"),
                        words, Arbitraries.of("", "   ", "\r\n\r\n", "\u0001\u0002"))
                .as((pre, text, post) -> pre + text + post);
        Arbitrary<String> aroundLimit = Combinators.combine(Arbitraries.of("a", "<x-evil>", "\uD83D\uDCB0", "\r\n", " "),
                        Arbitraries.integers().between(1_990, 2_010))
                .as((unit, n) -> ("report:" + unit.repeat(n)).substring(0, Math.max(0, n)));
        Arbitrary<String> aroundMin = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '\n', '\u0000', '<', '"')
                .ofMinLength(8).ofMaxLength(12);
        return Arbitraries.frequencyOf(w(4, padded), w(2, aroundLimit), w(3, aroundMin), w(1, longString()),
                w(1, Arbitraries.just("")));
    }

    @Property(tries = 300)
    void a_report_is_stored_only_when_the_rules_allow(@ForAll("reportPage") String page, @ForAll("reportMessage") String message,
                                                       @ForAll("reportShape") int shape) {
        long before = reportCount();
        String body = switch (shape) {
            case 0 -> "page=" + enc(page) + "&message=" + enc(message);
            case 1 -> "message=" + enc(message) + "&page=" + enc(page) + "&page=" + enc(page);
            case 2 -> "page=" + enc(page) + "&message=" + enc(message) + "&message=" + enc(message);
            default -> "page=" + raw(page) + "&message=" + raw(message);
        };
        Answer answer = post("/report", body);
        String what = "POST /report page=" + show(page) + " message=" + show(message) + " shape " + shape;
        checkPage(answer, what);
        long after = reportCount();
        if (after != before) {
            if (after != before + 1 || answer.status != 200) {
                throw new AssertionError(what + ": " + (after - before) + " rows stored, status " + answer.status);
            }
            List<String> bad = badReportRows();
            if (!bad.isEmpty()) {
                throw new AssertionError(what + ": stored " + bad);
            }
        } else if (answer.status == 200) {
            throw new AssertionError(what + ": thanked but not stored");
        }
    }

    @Provide
    Arbitrary<Integer> reportShape() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just(0)), net.jqwik.api.Tuple.of(1, Arbitraries.just(1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(2)), net.jqwik.api.Tuple.of(2, Arbitraries.just(3)));
    }

    // ---------------------------------------------------------------- checks

    private static void checkPage(Answer answer, String what) {
        noServerError(answer, what);
        noMarkers(answer, what);
    }

    /** Jetty's own refusal, before any route runs: its "HTTP ERROR" page for a malformed or oversized request line. */
    private static boolean refusedByServer(Answer answer) {
        return (answer.status == 400 || answer.status == 414 || answer.status == 431) && answer.body.contains("<h2>HTTP ERROR ");
    }

    private static void noServerError(Answer answer, String what) {
        if (answer.status == NO_ANSWER) {
            throw new AssertionError(show(what) + ": no answer at all: " + answer.body);
        }
        if (answer.status >= 500) {
            throw new AssertionError(show(what) + ": status " + answer.status + ": " + head(answer.body));
        }
    }

    private static void noMarkers(Answer answer, String what) {
        String body = answer.body.toLowerCase(Locale.ROOT);
        for (String marker : MARKERS) {
            int at = body.indexOf(marker.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                throw new AssertionError(show(what) + ": status " + answer.status + ", echoes " + marker + " unescaped: …"
                        + answer.body.substring(Math.max(0, at - 120), Math.min(answer.body.length(), at + 80)) + "…");
            }
        }
    }

    /** Every estimate logged names a role, level, place and company size the dataset knows. */
    private static void checkEstimateLog() {
        site.flushEstimates();
        List<String> bad = badEstimateRows();
        if (!bad.isEmpty()) {
            throw new AssertionError("estimate_log holds rows the dataset does not know: " + bad);
        }
    }

    private static List<String> badEstimateRows() {
        List<String> bad = new ArrayList<>();
        Set<String> roles = Set.copyOf(ROLES);
        Set<String> levels = Set.copyOf(LEVELS);
        Set<String> places = Set.copyOf(PLACES);
        Set<String> companies = Set.copyOf(ORG_SIZES);
        query("SELECT role, level, location, company FROM estimate_log", r -> {
            String role = r.getString(1), level = r.getString(2), location = r.getString(3), company = r.getString(4);
            if (!roles.contains(role) || (level != null && !levels.contains(level)) || !places.contains(location)
                    || (company != null && !companies.contains(company))) {
                bad.add(show(role + " / " + level + " / " + location + " / " + company));
            }
        });
        return bad;
    }

    private static List<String> badReportRows() {
        List<String> bad = new ArrayList<>();
        query("SELECT page, message FROM report", r -> {
            String page = r.getString(1), message = r.getString(2);
            int length = message.strip().length();
            if (!SITE_PATH.matcher(page).matches() || length < 10 || length > 2_000 || !message.equals(message.strip())
                    || STORED_CONTROL.matcher(message).find()) {
                bad.add("page=" + show(page) + " message=" + show(message));
            }
        });
        return bad;
    }

    private static long reportCount() {
        long[] count = new long[1];
        query("SELECT COUNT(*) FROM report", r -> count[0] = r.getLong(1));
        return count[0];
    }

    interface RowCheck {
        void check(ResultSet row) throws SQLException;
    }

    private static void query(String sql, RowCheck check) {
        try (Connection c = site.dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                check.check(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- sending

    record Answer(int status, String type, String body) {
    }

    /** The status recorded when the server closed the connection without answering. */
    private static final int NO_ANSWER = -1;

    /**
     * Past about 8 KB Jetty refuses the request line (414/431) and closes the connection without saying
     * "Connection: close", so a pooled connection's next request would find it dead. Such addresses go on a
     * connection of their own.
     */
    private static final int OWN_CONNECTION_OVER = 6_000;

    private static Answer get(String pathAndQuery) {
        if (pathAndQuery.length() > OWN_CONNECTION_OVER) {
            return rawGet(pathAndQuery);
        }
        try {
            return answer(site.send(HttpRequest.newBuilder(URI.create(site.base() + pathAndQuery)).GET().build()));
        } catch (UncheckedIOException e) {
            return new Answer(NO_ANSWER, "", String.valueOf(e.getCause()));
        }
    }

    private static Answer post(String path, String body) {
        try {
            return answer(site.post(path, FORM, body));
        } catch (UncheckedIOException e) {
            return new Answer(NO_ANSWER, "", String.valueOf(e.getCause()));
        }
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** A GET sent byte for byte (UTF-8), for addresses java.net.URI refuses: a stray %, quotes, markup, spaces. */
    private static Answer rawGet(String pathAndQuery) {
        try (Socket socket = new Socket("127.0.0.1", site.app.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] all = socket.getInputStream().readAllBytes();
            return parse(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(byte[] all) throws IOException {
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete response: " + head(text));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String type = "";
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                type = line.substring("content-type:".length()).trim();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (chunked) {
            body = dechunk(body);
        }
        return new Answer(status, type, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(n, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + n + 2;
        }
        return out.toByteArray();
    }

    private static String encode(List<Map.Entry<String, String>> params) {
        return params.stream().map(p -> enc(p.getKey()) + "=" + enc(p.getValue())).collect(Collectors.joining("&"));
    }

    /** Raw: only what would break the HTTP request line itself (space, CR, LF, #) is escaped; %, <, " and the rest go as typed. */
    private static String rawQuery(List<Map.Entry<String, String>> params) {
        return params.stream().map(p -> raw(p.getKey()) + "=" + raw(p.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String segment(String value) {
        return enc(value).replace("+", "%20");
    }

    private static String raw(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == ' ') {
                out.append('+');
            } else if (c == '\r' || c == '\n' || c == '#' || c < 0x20 || c == 0x7f) {
                out.append(String.format("%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String head(String body) {
        return body.length() <= 400 ? body : body.substring(0, 400) + "…";
    }

    /** Control characters made visible, long values cut, so a failure message can be read. */
    private static String show(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.length() <= 300 ? out.toString() : out.substring(0, 300) + "… (" + value.length() + " chars)";
    }
}
