package com.relaymail.crm.contacts;

import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contacts")
public class ContactBatchController {

    static final int MAX_BATCH = 100;

    private final ContactRepository contactRepository;

    public ContactBatchController(ContactRepository contactRepository) {
        this.contactRepository = contactRepository;
    }

    public record BatchLookup(Set<Long> ids) {
    }

    @PostMapping("/batch-get")
    public ResponseEntity<List<Contact>> batchGet(@RequestBody BatchLookup request) {
        if (request.ids() == null || request.ids().isEmpty() || request.ids().size() > MAX_BATCH) {
            return ResponseEntity.badRequest().build();
        }
        List<Contact> contacts = contactRepository.findAllById(request.ids());
        return ResponseEntity.ok(contacts);
    }
}
