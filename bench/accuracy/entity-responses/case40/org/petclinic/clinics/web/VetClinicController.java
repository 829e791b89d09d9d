package org.petclinic.clinics.web;

import org.petclinic.clinics.model.VetClinic;
import org.petclinic.clinics.model.VetClinicRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Collection;

@RestController
@RequestMapping("/api/vet-clinics")
public class VetClinicController {

    @Autowired
    private VetClinicRepository vetClinicRepository;

    @GetMapping("/nearby")
    public Collection<VetClinic> nearby(@RequestParam String postcode,
                                        @RequestParam(defaultValue = "false") boolean emergencyOnly) {
        String district = postcode.trim().split("\\s+")[0].toUpperCase();
        if (emergencyOnly) {
            return vetClinicRepository.findByDistrictAndEmergencyServiceTrue(district);
        }
        return vetClinicRepository.findByDistrict(district);
    }

    @GetMapping("/count")
    public long count() {
        return vetClinicRepository.count();
    }
}
