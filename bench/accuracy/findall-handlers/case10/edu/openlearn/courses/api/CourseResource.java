package edu.openlearn.courses.api;

import java.util.List;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.springframework.stereotype.Component;

@Component
@Path("/courses")
public class CourseResource {

    private static final int MIN_QUERY_LENGTH = 3;

    private final CourseRepository courseRepository;

    public CourseResource(CourseRepository courseRepository) {
        this.courseRepository = courseRepository;
    }

    @GET
    @Path("/search")
    @Produces(MediaType.APPLICATION_JSON)
    public Response search(@QueryParam("q") String query) {
        if (query == null || query.strip().length() < MIN_QUERY_LENGTH) {
            throw new BadRequestException("query must have at least " + MIN_QUERY_LENGTH + " characters");
        }
        List<Course> hits = courseRepository.searchByTitleContainingIgnoreCase(query.strip());
        return Response.ok(hits)
                .header("X-Result-Count", hits.size())
                .build();
    }
}
