package com.coursewise.lms.security;

public final class LmsTokenConstants {

    public static final String ISSUER = "https://auth.coursewise.io";
    public static final String COURSES_CLAIM = "crs";

    private LmsTokenConstants() {
    }
}
