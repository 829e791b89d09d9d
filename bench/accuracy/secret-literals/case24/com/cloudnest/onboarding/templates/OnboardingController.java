package com.cloudnest.onboarding.templates;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OnboardingController {

    private final ClientConfigTemplateService templates;

    public OnboardingController(ClientConfigTemplateService templates) {
        this.templates = templates;
    }

    @GetMapping("/onboarding/{tenantId}/application.yml")
    public ResponseEntity<String> starterConfig(@PathVariable String tenantId,
                                                @RequestParam(defaultValue = "eu-west-1") String region) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename("application.yml").build());
        return ResponseEntity.ok()
                .headers(headers)
                .contentType(MediaType.TEXT_PLAIN)
                .body(templates.render(tenantId, region));
    }
}
