package com.hotelcore.staff.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface StaffMemberRepository extends JpaRepository<StaffMember, Long> {

    Optional<StaffMember> findByIdAndPropertyId(Long id, long propertyId);
}
