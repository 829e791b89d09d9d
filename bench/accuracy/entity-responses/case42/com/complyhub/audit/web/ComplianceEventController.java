package com.complyhub.audit.web;

import com.complyhub.audit.event.ComplianceEvent;
import com.complyhub.audit.event.ComplianceEventRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/compliance/controls/{controlId}")
public class ComplianceEventController {

    private final ComplianceEventRepository events;

    public ComplianceEventController(ComplianceEventRepository events) {
        this.events = events;
    }

    @GetMapping("/events")
    public Slice<ComplianceEvent> eventsForControl(@PathVariable String controlId,
                                                   @PageableDefault(size = 50, sort = "recordedAt", direction = Sort.Direction.DESC) Pageable pageable) {
        return events.findByControlId(controlId, pageable);
    }

    @GetMapping("/failing")
    public boolean failing(@PathVariable String controlId) {
        return events.existsByControlIdAndPassedFalse(controlId);
    }
}
