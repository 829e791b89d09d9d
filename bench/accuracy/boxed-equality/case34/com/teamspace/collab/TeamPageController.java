package com.teamspace.collab;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TeamPageController {

    private final MembershipGuard guard;
    private final TeamPageStore pages;

    public TeamPageController(MembershipGuard guard, TeamPageStore pages) {
        this.guard = guard;
        this.pages = pages;
    }

    @PutMapping("/api/teams/{teamId}/pages/{slug}")
    public ResponseEntity<Void> save(@PathVariable Long teamId, @PathVariable String slug,
                                     @RequestHeader("X-User-Id") Long userId, @RequestBody String markdown) {
        if (!guard.canEdit(teamId, userId)) {
            return ResponseEntity.status(403).build();
        }
        pages.save(teamId, slug, markdown);
        return ResponseEntity.noContent().build();
    }

    public interface TeamPageStore {
        void save(Long teamId, String slug, String markdown);
    }
}
