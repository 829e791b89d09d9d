package com.dailyherald.paywall;

public interface ArticleStore {

    Article bySlug(String slug);

    record Article(String slug, boolean premium, String teaserHtml, String bodyHtml) {
    }
}
