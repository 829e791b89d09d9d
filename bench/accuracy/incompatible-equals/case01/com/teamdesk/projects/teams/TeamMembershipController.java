package com.teamdesk.projects.teams;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/teams/{teamId}/members")
public class TeamMembershipController {

    private final TeamRepository teams;

    public TeamMembershipController(TeamRepository teams) {
        this.teams = teams;
    }

    @DeleteMapping("/{userId}")
    @Transactional
    public ResponseEntity<Void> remove(@PathVariable Long teamId, @PathVariable String userId) {
        Team team = teams.findById(teamId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (String.valueOf(team.getOwnerId()).equals(userId)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The owner cannot leave the team");
        }
        boolean removed = team.getMemberIds().remove(userId);
        return removed ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
