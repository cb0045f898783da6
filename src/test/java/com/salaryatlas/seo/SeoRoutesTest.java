package com.salaryatlas.seo;

import static com.salaryatlas.Http.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.TestSite;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What crawlers read, on the fixture content. */
class SeoRoutesTest {

    private static final Pattern URL = Pattern.compile("<url><loc>([^<]+)</loc><lastmod>(\\d{4}-\\d{2}-\\d{2})</lastmod></url>");

    private static final StringBuilder SITEMAP = new StringBuilder();

    /** Fetched once for the class: starting and stopping a site costs about a second. */
    @BeforeAll
    static void fetchTheSitemap() {
        try (TestSite site = TestSite.serving()) {
            var response = site.get("/sitemap.xml");
            assertEquals(200, response.statusCode());
            String type = response.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.startsWith("application/xml"), type);
            SITEMAP.append(response.body());
        }
    }

    private static String sitemap() {
        return SITEMAP.toString();
    }

    private static List<String> locations(String xml) {
        List<String> locs = new ArrayList<>();
        Matcher m = URL.matcher(xml);
        while (m.find()) {
            locs.add(m.group(1));
        }
        return locs;
    }

    @Test
    void every_url_in_the_sitemap_carries_a_lastmod_date() {
        String xml = sitemap();
        assertTrue(count(xml, "<url>") > 0, xml);
        assertEquals(count(xml, "<url>"), locations(xml).size(), "each <url> has a <loc> and a <lastmod> date: " + xml);
    }

    @Test
    void sitemap_lists_every_role_page_with_its_lastmod() {
        List<String> locs = locations(sitemap());
        for (String role : new String[] {"reference", "median-only", "ranged", "fixture-occupation"}) {
            assertTrue(locs.contains("https://salaryatlas.test/salaries/" + role), role + " in " + locs);
        }
    }

    @Test
    void sitemap_lists_the_occupation_state_pages_and_no_state_page_of_a_title() {
        List<String> locs = locations(sitemap());
        for (String state : new String[] {"california", "puerto-rico"}) {
            assertTrue(locs.contains("https://salaryatlas.test/salaries/fixture-occupation/" + state), state + " in " + locs);
        }
        assertFalse(locs.stream().anyMatch(l -> l.startsWith("https://salaryatlas.test/salaries/reference/")),
                "a title's state pages are 404s: " + locs);
    }

    @Test
    void the_sitemap_is_well_formed_xml_with_one_url_element_per_location() throws Exception {
        org.w3c.dom.Document doc = parse(sitemap());
        assertEquals(locations(sitemap()).size(), doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url").getLength());
    }

    @Test
    void the_feed_is_well_formed_atom_with_an_entry_per_guide() throws Exception {
        try (TestSite site = TestSite.serving()) {
            var feed = site.get("/feed.xml");
            assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
            org.w3c.dom.Document doc = parse(feed.body());
            assertEquals("feed", doc.getDocumentElement().getLocalName());
            assertEquals(count(site.get("/guides").body(), "<article class=\"card\""), doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        }
    }

    private static org.w3c.dom.Document parse(String xml) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
    }
}
