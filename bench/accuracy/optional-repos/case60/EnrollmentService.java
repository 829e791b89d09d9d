package opt.case60;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class EnrollmentService {

    private static final int MAX_CREDITS = 30;

    private final CourseRepository courseRepository;

    public EnrollmentService(CourseRepository courseRepository) {
        this.courseRepository = courseRepository;
    }

    public int validateSelection(List<Long> courseIds) {
        int credits = courseIds.stream()
                .map(id -> courseRepository.findById(id).orElseThrow())
                .mapToInt(Course::getCredits)
                .sum();
        if (credits > MAX_CREDITS) {
            throw new IllegalArgumentException("Selection exceeds " + MAX_CREDITS + " credits: " + credits);
        }
        return credits;
    }
}
