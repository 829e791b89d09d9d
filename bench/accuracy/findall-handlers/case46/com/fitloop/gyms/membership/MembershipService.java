package com.fitloop.gyms.membership;

import java.util.List;

import org.springframework.stereotype.Service;

@Service
public class MembershipService {

    private final GymMemberRepository gymMemberRepository;

    public MembershipService(GymMemberRepository gymMemberRepository) {
        this.gymMemberRepository = gymMemberRepository;
    }

    public List<GymMember> activeMembers(long gymId) {
        return gymMemberRepository.findByGymIdAndActiveTrue(gymId);
    }
}
