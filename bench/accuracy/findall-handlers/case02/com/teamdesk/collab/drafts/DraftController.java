package com.teamdesk.collab.drafts;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/drafts")
public class DraftController {

    private final DraftStore draftStore;

    public DraftController(DraftStore draftStore) {
        this.draftStore = draftStore;
    }

    @GetMapping
    public List<DraftStore.Draft> drafts() {
        return draftStore.findAll();
    }

    @PutMapping("/{id}")
    public ResponseEntity<DraftStore.Draft> save(@PathVariable UUID id, @RequestBody String content) {
        return ResponseEntity.ok(draftStore.save(id, content));
    }
}
