package com.salaryatlas.guides;

import com.salaryatlas.dataset.Role;
import com.salaryatlas.articles.Page;
import com.salaryatlas.articles.ArticleRepository;
import com.salaryatlas.articles.Article;
import com.salaryatlas.articles.Article.Heading;
import com.salaryatlas.explain.Format;
import com.salaryatlas.estimate.Comparisons;
import com.salaryatlas.explain.ComparisonText;
import com.salaryatlas.figures.Choices;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.web.JsonLd;
import com.salaryatlas.figures.OfficialViews;
import com.salaryatlas.figures.RoleViews;
import com.salaryatlas.figures.SurveyViews;
import com.salaryatlas.dataset.Source;
import com.salaryatlas.web.Chart;
import com.salaryatlas.web.PageCache;
import com.salaryatlas.web.PageMeta;
import com.salaryatlas.web.PageMeta.Crumb;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Guide articles of every kind, the guide index, and the two reference pages (methodology and sources). */
public final class ArticleController {

    private final ArticleRepository articles;
    private final RoleViews views;
    private final OfficialViews official;
    private final Comparisons comparisons;
    private final ComparisonText comparisonText;
    private final Dataset data;
    private final PageCache cache;
    private final JsonLd jsonLd;
    private final SurveyViews survey;

    public ArticleController(ArticleRepository articles, RoleViews views, OfficialViews official, Comparisons comparisons,
                             ComparisonText comparisonText, Dataset data, PageCache cache, JsonLd jsonLd,
                             SurveyViews survey) {
        this.survey = survey;
        this.articles = articles;
        this.comparisons = comparisons;
        this.comparisonText = comparisonText;
        this.official = official;
        this.jsonLd = jsonLd;
        this.views = views;
        this.data = data;
        this.cache = cache;
    }

    public void index(Context ctx) {
        cache.render(ctx, "guides/index", () -> Map.of(
                "page", PageMeta.of("Salary guides", "Every Salary Atlas guide: single-role salary guides, "
                        + "role-versus-role comparisons and rankings of the best-paid roles.")
                        .withBreadcrumbs(List.of(new Crumb("Guides", "/guides"))),
                "kinds", articles.byKind()));
    }

    public void show(Context ctx) {
        Article article = articles.find(ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
        cache.render(ctx, "guides/" + article.kind(), () -> model(article));
    }

    public void methodology(Context ctx) {
        Page page = articles.page("methodology").orElseThrow(NotFoundResponse::new);
        cache.render(ctx, "guides/methodology", () -> Map.of(
                "page", PageMeta.of(page.title(), page.description())
                        .withBreadcrumbs(List.of(new Crumb("Methodology", "/methodology"))),
                "doc", page,
                // Every table the page's shortcodes may place (Shortcodes.TABLES), by name.
                "tables", Map.of("languages", views.languages()),
                "notes", notes(page.notes())));
    }

    public void sources(Context ctx) {
        cache.render(ctx, "guides/sources", () -> {
            List<SourceEntry> entries = new ArrayList<>();
            for (Source s : data.sources()) {
                List<String> roles = data.figures().stream().filter(f -> f.source().equals(s.id()))
                        .map(f -> f.role()).distinct().toList();
                // Where the publisher states no overall sample, the sizes it gives for single figures still inform.
                List<String> samples = new ArrayList<>();
                data.figures().stream().filter(f -> f.source().equals(s.id()) && f.n() != null).forEach(f -> samples.add(
                        Format.count(f.n()) + " postings for the " + data.role(f.role()).orElseThrow().title() + " " + f.kind()));
                data.skillPay().stream().filter(p -> p.source().equals(s.id()) && p.n() != null).forEach(p -> samples.add(
                        Format.count(p.n()) + " " + data.role(p.role()).orElseThrow().title() + " postings naming " + p.name()));
                entries.add(new SourceEntry(s, articles.citing(s.id()), roles.stream().map(r -> data.role(r).orElseThrow()).toList(),
                        samples.isEmpty() ? null : "No overall sample stated; for single figures: " + String.join("; ", samples) + ".",
                        feedsPagesOrEstimates(s.id()), survey.sourceIds().contains(s.id()),
                        data.projections().stream().anyMatch(p -> p.source().equals(s.id()))));
            }
            return Map.of("page", PageMeta.of("Sources", "Every data set behind Salary Atlas figures: publisher, "
                            + "reference period, sample size, what it measures and where we use it.")
                            .withBreadcrumbs(List.of(new Crumb("Sources", "/sources"))),
                    "entries", entries);
        });
    }

    /** The page's own sections around the article's: listed with its headings in the table of contents. */
    public record Sections(List<Heading> before, List<Heading> after) {
    }

    /**
     * A source and the pages that use it. {@code feedsFigures}: its rows feed state, industry, premium or place figures
     * on role pages and in the calculator; {@code feedsSurveySection}: it is one of the survey years the role pages'
     * "What developers report" pools; {@code feedsOutlook}: the "Job outlook" of role and compare pages comes from it.
     * A source that does none of that (yet) is said to be open data only.
     */
    public record SourceEntry(Source source, List<Article> articles, List<com.salaryatlas.dataset.Role> roles,
                              String figureSamples, boolean feedsFigures, boolean feedsSurveySection,
                              boolean feedsOutlook) {
    }

    /** Whether any figure a page or an estimate prints comes from rows citing this source. */
    private boolean feedsPagesOrEstimates(String source) {
        return data.premiums().stream().anyMatch(p -> source.equals(p.source()))
                || data.skillPay().stream().anyMatch(p -> source.equals(p.source()))
                || data.skillDemand().stream().anyMatch(d -> source.equals(d.source()))
                || data.locations().stream().anyMatch(l -> source.equals(l.source()))
                || data.marketStats().stream().anyMatch(m -> source.equals(m.source()))
                || data.totalComp().stream().anyMatch(t -> source.equals(t.source()))
                || data.oews().isSource(source);
    }

    private Map<String, Object> model(Article a) {
        Map<String, Object> model = new HashMap<>();
        model.put("article", a);
        model.put("notes", notes(a.notes()));
        model.put("related", related(a));
        List<Chart> chartList = new ArrayList<>();
        switch (a.kind()) {
            case "comparison" -> {
                model.put("sections", new Sections(List.of(new Heading("quick-compare", "Quick comparison"),
                        new Heading("by-level", "Pay by experience level")), List.of(new Heading("try-it", "Compare with your own details"))));
                Role x = a.roles().get(0);
                Role y = a.roles().get(1);
                model.put("quick", views.quickCompare(x, y));
                // The box's verdict follows the like-with-like rule: the answer, then whether it is a direct comparison.
                Comparisons.RolePair pair = comparisons.pair(x, y);
                // When our two figures are unlike but one source measures both roles alike, that is the answer given first.
                List<String> verdict = new ArrayList<>();
                boolean likeFirst = pair.basis() == Comparisons.Basis.UNLIKE && !pair.sameSource().isEmpty();
                if (likeFirst) {
                    pair.sameSource().forEach(d -> verdict.add(comparisonText.sameSource(d)));
                }
                verdict.add(comparisonText.answer(pair));
                verdict.add(comparisonText.likeWithLike(pair));
                if (!likeFirst) {
                    pair.sameSource().forEach(d -> verdict.add(comparisonText.sameSource(d)));
                }
                pair.occupations().ifPresent(d -> verdict.add(comparisonText.occupations(d)));
                model.put("verdict", verdict);
                model.put("levels", views.levels(a.roles()));
                chartList.add(views.levelChart("chart-levels", a.roles()));
                if (views.hasSkillData(x) && views.hasSkillData(y)) {
                    chartList.add(views.skillShareChart("chart-skill-share", x, y));
                }
                if (views.hasSkillPay(x) && views.hasSkillPay(y)) {
                    chartList.add(views.skillPayChart("chart-skill-pay", x, y));
                }
                model.put("levelOptions", Choices.levels());
            }
            case "guide" -> {
                Role role = a.roles().get(0);
                model.put("summary", views.summary(role));
                model.put("sections", new Sections(List.of(new Heading("pay-at-a-glance", "Pay at a glance")),
                        List.of(new Heading("where-pay-is-highest", "Where pay is highest"),
                                new Heading("what-moves-pay", "Specializations, skills and employers"))));
                model.put("percentiles", views.percentiles(role));
                model.put("levels", views.levels(a.roles()));
                model.put("states", official.topStatesWithQuoted(role, 10));
                model.put("metros", official.metros(role));
                model.put("premiums", views.premiums(role));
                model.put("totalComp", views.totalComp(role));
                chartList.add(views.distributionChart("chart-distribution", role).besideItsTable());
                chartList.add(official.topStatesChart("chart-states", role, 10));
            }
            default -> {
                model.put("sections", new Sections(List.of(new Heading("the-ranking", "The ranking")), List.of()));
                model.put("ranking", views.ranking(a.roles()));
                chartList.add(views.rankingChart("chart-ranking", a.roles()).besideItsTable());
            }
        }
        Map<String, Chart> byId = new HashMap<>();
        chartList.forEach(c -> byId.put(c.id(), c));
        model.put("charts", byId);
        PageMeta meta = PageMeta.of(a.title(), a.description()).withBreadcrumbs(List.of(
                new Crumb("Guides", "/guides"), new Crumb(a.title(), a.url())));
        model.put("page", meta.withCharts());
        model.put("jsonLd", jsonLd.article(a.title(), a.description(), a.published(), a.updated(), a.url()));
        return model;
    }

    /** What the end of an article links to: related guides, then the role and compare pages of the roles it covers. */
    public record Related(List<Article> guides, List<PageLink> pages) {

        public boolean isEmpty() {
            return guides.isEmpty() && pages.isEmpty();
        }
    }

    public record PageLink(String text, String href) {
    }

    private static final int RELATED_GUIDES = 4;

    /** Drawn from the front matter's roles and kind, so a new guide is linked without anyone listing it. */
    private Related related(Article a) {
        List<PageLink> pages = new ArrayList<>();
        for (Role role : a.roles()) {
            pages.add(new PageLink(role.title() + " pay: every source and state", role.path()));
        }
        if (a.isComparison()) {
            Role x = a.roles().get(0);
            Role y = a.roles().get(1);
            pages.add(new PageLink(x.title() + " and " + y.title() + " side by side", x.comparePath(y)));
        }
        return new Related(articles.related(a, RELATED_GUIDES), pages);
    }

    private List<Source> notes(List<String> ids) {
        return ids.stream().map(id -> data.source(id).orElseThrow()).toList();
    }
}
