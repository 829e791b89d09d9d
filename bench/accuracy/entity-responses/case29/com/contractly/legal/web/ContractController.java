package com.contractly.legal.web;

import com.contractly.legal.contract.Contract;
import com.contractly.legal.contract.ContractRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;

@RestController
@RequestMapping("/contracts")
public class ContractController {

    private final ContractRepository contracts;
    private final Clock clock;

    public ContractController(ContractRepository contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    @GetMapping(value = "/{id}/status", produces = MediaType.TEXT_PLAIN_VALUE)
    public String status(@PathVariable long id) {
        Contract contract = loadContract(id);
        if (contract.getArchivedOn() != null) {
            return "ARCHIVED";
        }
        return contract.getSignedOn() == null ? "AWAITING_SIGNATURE" : "ACTIVE";
    }

    @PostMapping("/{id}/archive")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    public void archive(@PathVariable long id) {
        Contract contract = loadContract(id);
        contract.archive(LocalDate.now(clock));
    }

    private Contract loadContract(long id) {
        return contracts.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Contract " + id));
    }
}
