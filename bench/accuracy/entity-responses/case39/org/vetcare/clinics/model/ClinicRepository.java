package org.vetcare.clinics.model;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ClinicRepository extends JpaRepository<Clinic, Long> {

    List<Clinic> findAllByOrderByNameAsc();
}
