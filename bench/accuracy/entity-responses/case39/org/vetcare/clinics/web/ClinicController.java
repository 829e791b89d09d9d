package org.vetcare.clinics.web;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vetcare.clinics.model.Clinic;
import org.vetcare.clinics.model.ClinicRepository;

import java.util.List;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/clinics")
public class ClinicController {

    public static class ClinicSummary {

        private final Long id;
        private final String name;
        private final String city;
        private final boolean emergencyService;

        ClinicSummary(Clinic clinic) {
            this.id = clinic.getId();
            this.name = clinic.getName();
            this.city = clinic.getCity();
            this.emergencyService = clinic.isEmergencyService();
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getCity() {
            return city;
        }

        public boolean isEmergencyService() {
            return emergencyService;
        }
    }

    @Autowired
    private ClinicRepository clinicRepository;

    @GetMapping
    public List<ClinicSummary> clinics() {
        return clinicRepository.findAllByOrderByNameAsc().stream()
                .map(ClinicSummary::new)
                .collect(Collectors.toList());
    }

    @GetMapping("/{id}")
    public ResponseEntity<ClinicSummary> clinic(@PathVariable Long id) {
        return clinicRepository.findById(id)
                .map(ClinicSummary::new)
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }
}
