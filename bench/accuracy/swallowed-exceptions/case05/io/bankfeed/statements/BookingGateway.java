package io.bankfeed.statements;

import java.util.List;

public interface BookingGateway {

    void bookAll(String accountIban, List<TransactionLineParser.Booking> bookings);
}
