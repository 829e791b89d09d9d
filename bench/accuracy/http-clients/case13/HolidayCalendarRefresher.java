// Loads the public holiday calendar from the open data portal once a day and keeps it in
// memory for the delivery date calculation.
package httpclients.case13;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class HolidayCalendarRefresher {

    private static final Logger log = LoggerFactory.getLogger(HolidayCalendarRefresher.class);

    private final String calendarUrl;
    private final AtomicReference<Set<LocalDate>> holidays = new AtomicReference<>(Set.of());

    public HolidayCalendarRefresher(@Value("${holidays.calendar-url}") String calendarUrl) {
        this.calendarUrl = calendarUrl;
    }

    @Scheduled(cron = "0 15 3 * * *")
    public void refresh() {
        try (InputStream in = URI.create(calendarUrl).toURL().openStream(); // hang
             var reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
            Set<LocalDate> loaded = reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> LocalDate.parse(line.substring(0, 10)))
                    .collect(Collectors.toUnmodifiableSet());
            holidays.set(loaded);
            log.info("loaded {} public holidays", loaded.size());
        } catch (IOException e) {
            log.warn("holiday calendar refresh failed, keeping {} entries", holidays.get().size(), e);
        }
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.get().contains(date);
    }
}
