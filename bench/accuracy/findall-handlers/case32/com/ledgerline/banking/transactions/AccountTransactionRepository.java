package com.ledgerline.banking.transactions;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface AccountTransactionRepository extends ReactiveCrudRepository<AccountTransaction, Long> {

    Flux<AccountTransaction> findFirst10ByAccountIdOrderByPostedAtDesc(String accountId);

    Mono<Long> countByAccountIdAndPendingTrue(String accountId);
}
