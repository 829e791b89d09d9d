package org.stlukes.clinic.wards;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
public class WardController {

    private final PatientRepository patientRepository;

    public WardController(PatientRepository patientRepository) {
        this.patientRepository = patientRepository;
    }

    public record PatientRow(String mrn, String name, String bed, String attending) {
    }

    @GetMapping("/wards/{wardId}")
    public String ward(@PathVariable long wardId, Model model) {
        model.addAttribute("wardId", wardId);
        return "wards/detail";
    }

    @GetMapping("/wards/{wardId}/patients.json")
    @ResponseBody
    public List<PatientRow> patientTable(@PathVariable long wardId) {
        return patientRepository.findByWardIdAndDischargedAtIsNull(wardId).stream()
                .map(p -> new PatientRow(p.getMrn(), p.getDisplayName(), p.getBed(), p.getAttending()))
                .toList();
    }
}
