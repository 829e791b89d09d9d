package org.petclinic.clinics.model;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Set;

public interface VetClinicRepository extends JpaRepository<VetClinic, Long> {

    List<VetClinic> findByDistrict(String district);

    Set<VetClinic> findByDistrictAndEmergencyServiceTrue(String district);
}
