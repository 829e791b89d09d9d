package com.clinicly.patients.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PatientDirectoryService {

    public record PatientSummary(Long id, String displayName, LocalDate dateOfBirth) {
    }

    public record DirectoryPage(List<PatientSummary> patients, int page, int totalPages) {
    }

    private static final int MAX_PAGE_SIZE = 100;

    private final PatientRepository repository;

    public PatientDirectoryService(PatientRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public DirectoryPage list(int page, int size) {
        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        Page<Patient> result = repository.findAll(
                PageRequest.of(Math.max(page, 0), pageSize, Sort.by("lastName", "firstName")));
        List<Patient> content = result.getContent();
        List<PatientSummary> summaries = new ArrayList<>(content.size());
        for (int i = 0; i <= content.size(); i++) {
            Patient patient = content.get(i);
            summaries.add(new PatientSummary(patient.getId(),
                    patient.getLastName() + ", " + patient.getFirstName(), patient.getDateOfBirth()));
        }
        return new DirectoryPage(summaries, result.getNumber(), result.getTotalPages());
    }
}
