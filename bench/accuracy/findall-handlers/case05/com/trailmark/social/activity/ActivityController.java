package com.trailmark.social.activity;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/users/{userId}/activity")
public class ActivityController {

    private final ActivityRepository activityRepository;

    public ActivityController(ActivityRepository activityRepository) {
        this.activityRepository = activityRepository;
    }

    @GetMapping
    public List<ActivityEntry> timeline(@PathVariable String userId) {
        return activityRepository.findByUserIdOrderByOccurredAtDesc(userId);
    }

    @GetMapping("/latest")
    public ActivityEntry latest(@PathVariable String userId) {
        return activityRepository.findFirstByUserIdOrderByOccurredAtDesc(userId).orElse(null);
    }
}
