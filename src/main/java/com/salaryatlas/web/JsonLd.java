package com.salaryatlas.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Structured data (schema.org JSON-LD) for search engines; escaped so it can sit in a script block. */
public final class JsonLd {

    /** Made when a page first needs it, not when the site starts. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private final String siteUrl;

    public JsonLd(String siteUrl) {
        this.siteUrl = siteUrl;
    }

    /** An article's structured data and its breadcrumb trail under Guides. */
    public String article(String title, String description, LocalDate published, LocalDate updated, String path) {
        Map<String, Object> author = Map.of("@type", "Organization", "name", "Salary Atlas editorial team", "url", siteUrl + "/");
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "Article");
        article.put("headline", title);
        article.put("description", description);
        article.put("datePublished", published.toString());
        article.put("dateModified", updated.toString());
        article.put("author", author);
        article.put("publisher", Map.of("@type", "Organization", "name", "Salary Atlas"));
        article.put("mainEntityOfPage", siteUrl + path);
        Map<String, Object> crumbs = new LinkedHashMap<>();
        crumbs.put("@context", "https://schema.org");
        crumbs.put("@type", "BreadcrumbList");
        crumbs.put("itemListElement", List.of(
                crumb(1, "Home", siteUrl + "/"), crumb(2, "Guides", siteUrl + "/guides"), crumb(3, title, siteUrl + path)));
        return write(List.of(article, crumbs));
    }

    /**
     * An occupation with the pay the page prints, as schema.org's MonetaryAmountDistribution (USD a year). A
     * percentile BLS does not publish exactly is left out rather than guessed.
     */
    public String occupation(String name, String description, String soc, String place, String placeType, String path,
                             Map<String, Double> percentiles) {
        Map<String, Object> salary = new LinkedHashMap<>();
        salary.put("@type", "MonetaryAmountDistribution");
        salary.put("name", "base salary");
        salary.put("currency", "USD");
        salary.put("duration", "P1Y");
        percentiles.forEach((key, value) -> {
            if (value != null) {
                salary.put(key, Math.round(value));
            }
        });
        Map<String, Object> occupation = new LinkedHashMap<>();
        occupation.put("@context", "https://schema.org");
        occupation.put("@type", "Occupation");
        occupation.put("name", name);
        occupation.put("description", description);
        occupation.put("occupationalCategory", soc);
        occupation.put("occupationLocation", Map.of("@type", placeType, "name", place));
        if (percentiles.values().stream().anyMatch(v -> v != null)) {
            occupation.put("estimatedSalary", List.of(salary));
        }
        occupation.put("mainEntityOfPage", siteUrl + path);
        return write(occupation);
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        return Map.of("@type", "ListItem", "position", position, "name", name, "item", url);
    }

    private static String write(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
