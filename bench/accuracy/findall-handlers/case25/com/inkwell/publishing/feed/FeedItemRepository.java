package com.inkwell.publishing.feed;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedItemRepository extends JpaRepository<FeedItem, Long> {

    List<FeedItem> findByTagOrderByPublishedAtDesc(String tag, Limit limit);
}
