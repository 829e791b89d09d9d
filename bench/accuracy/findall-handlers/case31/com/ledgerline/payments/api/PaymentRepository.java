package com.ledgerline.payments.api;

import java.util.stream.Stream;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    Stream<Payment> streamBySettledFalse();
}
