package com.sheetwise.exports.orders;

import java.math.BigDecimal;

public record OrderLineView(String orderNumber, String customer, BigDecimal total, String status) {
}
