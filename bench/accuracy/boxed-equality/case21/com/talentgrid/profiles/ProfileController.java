package com.talentgrid.profiles;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/profiles")
public class ProfileController {

    private final EntityManager em;

    public ProfileController(EntityManager em) {
        this.em = em;
    }

    public record ProfileUpdate(String headline, String summary) {
    }

    public record ProfileView(Long id, String headline, String summary) {
    }

    @PutMapping("/{id}")
    @Transactional
    public ResponseEntity<ProfileView> update(@PathVariable Long id,
                                              @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                                              @RequestBody ProfileUpdate body) {
        Profile profile = em.find(Profile.class, id);
        if (profile == null) {
            throw new EntityNotFoundException("Profile " + id);
        }
        Integer expectedVersion = Integer.valueOf(ifMatch.replace("\"", "").trim());
        if (expectedVersion != profile.getVersion()) {
            return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).build();
        }
        profile.setHeadline(body.headline());
        profile.setSummary(body.summary());
        em.flush();
        return ResponseEntity.ok()
                .eTag("\"" + profile.getVersion() + "\"")
                .body(new ProfileView(profile.getId(), profile.getHeadline(), profile.getSummary()));
    }
}
