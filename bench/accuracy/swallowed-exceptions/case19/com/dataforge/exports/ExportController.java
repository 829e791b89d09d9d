package com.dataforge.exports;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ExportController {

    private final ExportSlotService slots;
    private final ExportRunner runner;

    public ExportController(ExportSlotService slots, ExportRunner runner) {
        this.slots = slots;
        this.runner = runner;
    }

    @PostMapping("/tenants/{tenant}/exports")
    public ResponseEntity<String> start(@PathVariable String tenant) {
        if (!slots.tryStartExport(tenant)) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body("All export slots are busy");
        }
        try {
            String exportId = runner.run(tenant);
            return ResponseEntity.accepted().body(exportId);
        } finally {
            slots.finishExport();
        }
    }
}
