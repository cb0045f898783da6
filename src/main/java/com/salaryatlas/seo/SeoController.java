package com.salaryatlas.seo;

import com.salaryatlas.articles.Article;
import com.salaryatlas.articles.ArticleRepository;
import com.salaryatlas.dataset.Area;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.web.Lazy;
import com.salaryatlas.web.Prepared;
import com.salaryatlas.web.Xml;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What crawlers and feed readers ask for: sitemap.xml, robots.txt and an Atom feed of the guides. */
public final class SeoController {

    private final String siteUrl;
    private final ArticleRepository articles;
    private final Dataset data;

    private final Lazy<Prepared> sitemap;
    private final Lazy<Prepared> feed;

    public SeoController(String siteUrl, ArticleRepository articles, Dataset data) {
        this.siteUrl = siteUrl;
        this.articles = articles;
        this.data = data;
        this.sitemap = new Lazy<>(() -> Prepared.of(writeSitemap(), "application/xml; charset=utf-8"));
        this.feed = new Lazy<>(() -> Prepared.of(writeFeed(), "application/atom+xml; charset=utf-8"));
    }

    /** Every indexable page, with the date its content last changed. */
    public List<String[]> pages() {
        LocalDate newest = articles.all().stream().map(Article::updated).max(Comparator.naturalOrder())
                .orElse(LocalDate.of(2026, 11, 23));
        List<String[]> pages = new ArrayList<>();
        for (String path : List.of("/", "/guides", "/salaries", "/compare", "/calculator", "/methodology", "/sources")) {
            pages.add(new String[] {path, newest.toString()});
        }
        for (Article a : articles.all()) {
            pages.add(new String[] {a.url(), a.updated().toString()});
        }
        // A role or state page changes when its data does: its lastmod is the end of the data's reference period.
        for (Role r : data.roles()) {
            OccupationPay latest = data.oews().latestNational(r.soc()).orElseThrow();
            pages.add(new String[] {"/salaries/" + r.slug(), data.oews().periodEnd(latest.source()).toString()});
            if (r.isOccupation()) {
                for (OccupationPay state : data.oews().states(r.soc())) {
                    Area area = data.oews().area(state.area()).orElseThrow();
                    pages.add(new String[] {"/salaries/" + r.slug() + "/" + area.slug(),
                            data.oews().periodEnd(state.source()).toString()});
                }
            }
        }
        return pages;
    }

    /** GET /sitemap.xml: written once, then served as prepared bytes. */
    public void sitemap(Context ctx) {
        sitemap.get().send(ctx, "public, max-age=3600");
    }

    public void robots(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result("User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: "
                + siteUrl + "/sitemap.xml\n");
    }

    /** GET /feed.xml: an Atom feed of the guides, written once. */
    public void feed(Context ctx) {
        feed.get().send(ctx, "public, max-age=3600");
    }

    private byte[] writeSitemap() {
        return Xml.write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String[] page : pages()) {
                xml.writeStartElement("url");
                Xml.element(xml, "loc", siteUrl + page[0]);
                Xml.element(xml, "lastmod", page[1]);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private byte[] writeFeed() {
        List<Article> all = articles.all();
        String updated = all.stream().map(Article::updated).max(Comparator.naturalOrder())
                .orElse(LocalDate.of(2026, 11, 23)) + "T00:00:00Z";
        return Xml.write(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            Xml.element(xml, "title", "Salary Atlas guides");
            Xml.element(xml, "id", siteUrl + "/");
            xml.writeEmptyElement("link");
            xml.writeAttribute("href", siteUrl + "/");
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("href", siteUrl + "/feed.xml");
            Xml.element(xml, "updated", updated);
            xml.writeStartElement("author");
            Xml.element(xml, "name", "Salary Atlas editorial team");
            xml.writeEndElement();
            for (Article a : all) {
                xml.writeStartElement("entry");
                Xml.element(xml, "title", a.title());
                Xml.element(xml, "id", siteUrl + a.url());
                xml.writeEmptyElement("link");
                xml.writeAttribute("href", siteUrl + a.url());
                Xml.element(xml, "published", a.published() + "T00:00:00Z");
                Xml.element(xml, "updated", a.updated() + "T00:00:00Z");
                Xml.element(xml, "summary", a.description());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }
}
