package com.ledgerline.banking.transactions;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/accounts/{accountId}")
public class TransactionController {

    private final AccountTransactionRepository transactionRepository;

    public TransactionController(AccountTransactionRepository transactionRepository) {
        this.transactionRepository = transactionRepository;
    }

    @GetMapping("/transactions/latest")
    public Flux<AccountTransaction> latest(@PathVariable String accountId) {
        return transactionRepository.findFirst10ByAccountIdOrderByPostedAtDesc(accountId);
    }

    @GetMapping("/transactions/pending-count")
    public Mono<Long> pendingCount(@PathVariable String accountId) {
        return transactionRepository.countByAccountIdAndPendingTrue(accountId);
    }
}
