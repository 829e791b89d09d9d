package com.northwind.insurance.policy;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/policies")
public class PolicyController {

    private final PolicyService policyService;
    private final TokenInspector tokenInspector;

    public PolicyController(PolicyService policyService, TokenInspector tokenInspector) {
        this.policyService = policyService;
        this.tokenInspector = tokenInspector;
    }

    @GetMapping
    public ResponseEntity<List<PolicySummary>> myPolicies(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        String holderId = tokenInspector.policyHolderId(authorization);
        if (holderId == null) {
            return ResponseEntity.status(401).build();
        }
        return ResponseEntity.ok(policyService.findByHolder(holderId));
    }

    public interface PolicyService {
        List<PolicySummary> findByHolder(String holderId);
    }

    public record PolicySummary(String policyNumber, String product, String status) {
    }
}
