package org.stlukes.clinic.wards;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PatientRepository extends JpaRepository<Patient, Long> {

    List<Patient> findByWardIdAndDischargedAtIsNull(long wardId);

    Optional<Patient> findByMrn(String mrn);
}
