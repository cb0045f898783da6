package com.salaryatlas.web;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

/** Structured data (schema.org JSON-LD) for search engines; escaped so it can sit in a script block. */
public final class JsonLd {

    private final String siteUrl;

    public JsonLd(String siteUrl) {
        this.siteUrl = siteUrl;
    }

    /** An article's structured data and its breadcrumb trail under Guides. */
    public String article(String title, String description, LocalDate published, LocalDate updated, String path) {
        return JsonWriter.write(json -> {
            json.writeStartArray();
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "Article");
            json.writeStringField("headline", title);
            json.writeStringField("description", description);
            json.writeStringField("datePublished", published.toString());
            json.writeStringField("dateModified", updated.toString());
            json.writeObjectFieldStart("author");
            json.writeStringField("@type", "Organization");
            json.writeStringField("name", "Salary Atlas editorial team");
            json.writeStringField("url", siteUrl + "/");
            json.writeEndObject();
            json.writeObjectFieldStart("publisher");
            json.writeStringField("@type", "Organization");
            json.writeStringField("name", "Salary Atlas");
            json.writeEndObject();
            json.writeStringField("mainEntityOfPage", siteUrl + path);
            json.writeEndObject();
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "BreadcrumbList");
            json.writeArrayFieldStart("itemListElement");
            crumb(json, 1, "Home", siteUrl + "/");
            crumb(json, 2, "Guides", siteUrl + "/guides");
            crumb(json, 3, title, siteUrl + path);
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
        });
    }

    /**
     * An occupation with the pay the page prints, as schema.org's MonetaryAmountDistribution (USD a year). A
     * percentile BLS does not publish exactly is left out rather than guessed.
     */
    public String occupation(String name, String description, String soc, String place, String placeType, String path,
                             Map<String, Double> percentiles) {
        return JsonWriter.write(json -> {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "Occupation");
            json.writeStringField("name", name);
            json.writeStringField("description", description);
            json.writeStringField("occupationalCategory", soc);
            json.writeObjectFieldStart("occupationLocation");
            json.writeStringField("@type", placeType);
            json.writeStringField("name", place);
            json.writeEndObject();
            if (percentiles.values().stream().anyMatch(v -> v != null)) {
                json.writeArrayFieldStart("estimatedSalary");
                json.writeStartObject();
                json.writeStringField("@type", "MonetaryAmountDistribution");
                json.writeStringField("name", "base salary");
                json.writeStringField("currency", "USD");
                json.writeStringField("duration", "P1Y");
                for (Map.Entry<String, Double> percentile : percentiles.entrySet()) {
                    if (percentile.getValue() != null) {
                        json.writeNumberField(percentile.getKey(), Math.round(percentile.getValue()));
                    }
                }
                json.writeEndObject();
                json.writeEndArray();
            }
            json.writeStringField("mainEntityOfPage", siteUrl + path);
            json.writeEndObject();
        });
    }

    private static void crumb(JsonGenerator json, int position, String name, String url) throws IOException {
        json.writeStartObject();
        json.writeStringField("@type", "ListItem");
        json.writeNumberField("position", position);
        json.writeStringField("name", name);
        json.writeStringField("item", url);
        json.writeEndObject();
    }
}
