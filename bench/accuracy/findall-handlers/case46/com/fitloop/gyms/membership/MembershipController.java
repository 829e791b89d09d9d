package com.fitloop.gyms.membership;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MembershipController {

    private final MembershipService membershipService;

    public MembershipController(MembershipService membershipService) {
        this.membershipService = membershipService;
    }

    @GetMapping("/gyms/{gymId}/members/active/count")
    public Map<String, Integer> activeCount(@PathVariable long gymId) {
        int active = membershipService.activeMembers(gymId).size();
        return Map.of("active", active);
    }
}
