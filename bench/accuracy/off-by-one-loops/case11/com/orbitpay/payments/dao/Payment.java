package com.orbitpay.payments.dao;

import java.math.BigDecimal;

public record Payment(long id, BigDecimal amount, String currency, String status) {
}
