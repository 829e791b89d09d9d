package com.fitloop.gyms.membership;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GymMemberRepository extends JpaRepository<GymMember, Long> {

    List<GymMember> findByGymIdAndActiveTrue(long gymId);
}

@Entity
class GymMember {

    @Id
    @GeneratedValue
    private Long id;

    private long gymId;

    private String name;

    private boolean active;

    private LocalDate joinedOn;

    protected GymMember() {
    }

    public long getGymId() {
        return gymId;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
