package com.medibridge.telehealth.launch;

import java.util.Optional;

public interface EncounterRepository {

    Optional<Encounter> findOpenEncounter(String patientId, String encounterId);

    record Encounter(String id, String patientId, String status) {
    }
}
