package com.inkwell.publishing.feed;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TagFeedController {

    private static final int DEFAULT_ITEMS = 25;
    private static final int MAX_ITEMS = 100;

    private final FeedItemRepository feedItemRepository;

    public TagFeedController(FeedItemRepository feedItemRepository) {
        this.feedItemRepository = feedItemRepository;
    }

    @GetMapping("/tags/{tag}/feed")
    public List<FeedItem> feed(@PathVariable String tag,
                               @RequestParam(required = false) Integer max) {
        int items = max == null ? DEFAULT_ITEMS : Math.min(max, MAX_ITEMS);
        return feedItemRepository.findByTagOrderByPublishedAtDesc(tag, Limit.of(items));
    }
}
