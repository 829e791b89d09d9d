package com.coverall.claims.worklist;

import java.time.LocalDate;
import java.util.List;

public interface ClaimAssignmentRepository {

    List<Assignment> openFor(String adjusterId, String region, String status);

    record Assignment(String claimNumber, String policyNumber, String status, LocalDate dueOn) {
    }
}
