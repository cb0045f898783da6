package com.salaryatlas.seo;

import com.salaryatlas.articles.Article;
import com.salaryatlas.articles.ArticleRepository;
import com.salaryatlas.dataset.Area;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Role;
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

    public SeoController(String siteUrl, ArticleRepository articles, Dataset data) {
        this.siteUrl = siteUrl;
        this.articles = articles;
        this.data = data;
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

    public void sitemap(Context ctx) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String[] page : pages()) {
            xml.append("  <url><loc>").append(escape(siteUrl + page[0])).append("</loc><lastmod>").append(page[1])
                    .append("</lastmod></url>\n");
        }
        xml.append("</urlset>\n");
        ctx.contentType("application/xml; charset=utf-8").header("Cache-Control", "public, max-age=3600").result(xml.toString());
    }

    public void robots(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result("User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: "
                + siteUrl + "/sitemap.xml\n");
    }

    public void feed(Context ctx) {
        List<Article> all = articles.all();
        String updated = all.stream().map(Article::updated).max(Comparator.naturalOrder())
                .orElse(LocalDate.of(2026, 11, 23)) + "T00:00:00Z";
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "  <title>Salary Atlas guides</title>\n"
                + "  <id>" + escape(siteUrl) + "/</id>\n"
                + "  <link href=\"" + escape(siteUrl) + "/\"/>\n"
                + "  <link rel=\"self\" href=\"" + escape(siteUrl) + "/feed.xml\"/>\n"
                + "  <updated>" + updated + "</updated>\n"
                + "  <author><name>Salary Atlas editorial team</name></author>\n");
        for (Article a : all) {
            xml.append("  <entry>\n    <title>").append(escape(a.title())).append("</title>\n    <id>")
                    .append(escape(siteUrl + a.url())).append("</id>\n    <link href=\"").append(escape(siteUrl + a.url()))
                    .append("\"/>\n    <published>").append(a.published()).append("T00:00:00Z</published>\n    <updated>")
                    .append(a.updated()).append("T00:00:00Z</updated>\n    <summary>").append(escape(a.description()))
                    .append("</summary>\n  </entry>\n");
        }
        xml.append("</feed>\n");
        ctx.contentType("application/atom+xml; charset=utf-8").result(xml.toString());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
