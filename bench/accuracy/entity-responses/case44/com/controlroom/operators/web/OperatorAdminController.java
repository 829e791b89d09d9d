package com.controlroom.operators.web;

import com.controlroom.operators.domain.Operator;
import com.controlroom.operators.domain.OperatorRepository;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.security.Principal;
import java.time.Instant;

@RestController
@RequestMapping("/admin/operators")
public class OperatorAdminController {

    private final OperatorRepository operators;

    public OperatorAdminController(OperatorRepository operators) {
        this.operators = operators;
    }

    @PostMapping("/{operatorId}/lock")
    @Transactional
    public Operator lockOperator(@PathVariable long operatorId, @RequestParam String reason, Principal admin) {
        Operator operator = operators.findById(operatorId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (operator.getUsername().equals(admin.getName())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Operators cannot lock themselves");
        }
        operator.lock(reason, admin.getName(), Instant.now());
        return operator;
    }
}
