package com.meterly.energy.stats;

import java.time.LocalDate;

public interface ReadingDao {

    /**
     * Quarter-hour consumption values in kWh for one meter and day, in time order.
     */
    double[] quarterHourValues(String meterId, LocalDate day);
}
