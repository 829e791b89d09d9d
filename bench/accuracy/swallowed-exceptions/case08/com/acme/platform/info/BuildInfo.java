package com.acme.platform.info;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

public final class BuildInfo {

    private static final Properties PROPERTIES = new Properties();

    static {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in != null) {
                PROPERTIES.load(in);
            }
        } catch (IOException e) {
        }
    }

    private BuildInfo() {
    }

    public static String version() {
        return PROPERTIES.getProperty("build.version", "unknown");
    }

    public static String commit() {
        return PROPERTIES.getProperty("build.commit", "unknown");
    }
}
