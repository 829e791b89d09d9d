package com.pressroom.web.seo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SitemapController {

    private final PublishedPageRepository pages;
    private final String baseUrl;

    public SitemapController(PublishedPageRepository pages, @Value("${site.base-url}") String baseUrl) {
        this.pages = pages;
        this.baseUrl = baseUrl;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    public String sitemap() {
        List<PublishedPageRepository.PageRef> published = pages.findPublished();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        for (var page : published) {
            try {
                URI loc = new URI(baseUrl).resolve(page.path());
                xml.append("  <url><loc>").append(loc.toASCIIString()).append("</loc>")
                   .append("<lastmod>").append(page.modifiedOn()).append("</lastmod></url>\n");
            } catch (URISyntaxException | IllegalArgumentException e) {
            }
        }
        return xml.append("</urlset>\n").toString();
    }
}
