package com.salaryatlas.seo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salaryatlas.article.Article;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Structured data (schema.org JSON-LD) for search engines; escaped so it can sit in a script block. */
public final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String siteUrl;

    public JsonLd(String siteUrl) {
        this.siteUrl = siteUrl;
    }

    public String article(Article a) {
        Map<String, Object> author = Map.of("@type", "Organization", "name", "Salary Atlas editorial team", "url", siteUrl + "/");
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "Article");
        article.put("headline", a.title());
        article.put("description", a.description());
        article.put("datePublished", a.published().toString());
        article.put("dateModified", a.updated().toString());
        article.put("author", author);
        article.put("publisher", Map.of("@type", "Organization", "name", "Salary Atlas"));
        article.put("mainEntityOfPage", siteUrl + a.url());
        Map<String, Object> crumbs = new LinkedHashMap<>();
        crumbs.put("@context", "https://schema.org");
        crumbs.put("@type", "BreadcrumbList");
        crumbs.put("itemListElement", List.of(
                crumb(1, "Home", siteUrl + "/"), crumb(2, "Guides", siteUrl + "/guides"), crumb(3, a.title(), siteUrl + a.url())));
        return write(List.of(article, crumbs));
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        return Map.of("@type", "ListItem", "position", position, "name", name, "item", url);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
