// A telemetry service that sums readings up to `final int last = readings.length - 1`, leaving the newest reading out of the average.
import java.util.Arrays;
import org.springframework.stereotype.Service;

@Service
class TelemetryAverager {

    public double average(double[] readings) {
        if (readings.length == 0) {
            return 0.0;
        }
        final int last = readings.length - 1;
        double sum = 0;
        for (int i = 0; i < last; i++) { // expect: off-by-one-loop "last element"
            sum += readings[i];
        }
        return sum / readings.length;
    }

    public double peak(double[] readings) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < readings.length; i++) {
            max = Math.max(max, readings[i]);
        }
        return max;
    }

    public double median(double[] readings) {
        double[] sorted = Arrays.copyOf(readings, readings.length);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
