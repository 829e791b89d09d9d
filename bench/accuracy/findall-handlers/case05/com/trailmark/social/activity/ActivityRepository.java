package com.trailmark.social.activity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ActivityRepository extends MongoRepository<ActivityEntry, String> {

    List<ActivityEntry> findByUserIdOrderByOccurredAtDesc(String userId);

    Optional<ActivityEntry> findFirstByUserIdOrderByOccurredAtDesc(String userId);
}
