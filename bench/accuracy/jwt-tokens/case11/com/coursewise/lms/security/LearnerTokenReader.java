package com.coursewise.lms.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class LearnerTokenReader {

    private final Key signingKey;

    public LearnerTokenReader(@Value("${lms.jwt.secret}") String secret) {
        this.signingKey = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
    }

    public Learner read(String token) {
        try {
            Claims claims = Jwts.parserBuilder()
                    .setSigningKey(signingKey)
                    .requireIssuer(LmsTokenConstants.ISSUER)
                    .build()
                    .parseClaimsJwt(token)
                    .getBody();
            String courses = claims.get(LmsTokenConstants.COURSES_CLAIM, String.class);
            Set<String> enrolled = courses == null || courses.isBlank()
                    ? Set.of()
                    : Arrays.stream(courses.split(",")).map(String::trim).collect(Collectors.toSet());
            return new Learner(claims.getSubject(), enrolled);
        } catch (JwtException ex) {
            throw new InvalidLearnerTokenException(ex.getMessage());
        }
    }

    public record Learner(String learnerId, Set<String> enrolledCourseIds) {
    }

    public static class InvalidLearnerTokenException extends RuntimeException {
        public InvalidLearnerTokenException(String message) {
            super(message);
        }
    }
}
