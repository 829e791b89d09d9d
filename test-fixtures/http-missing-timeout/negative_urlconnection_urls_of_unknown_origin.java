// URLs the method is handed (a parameter, a record component, a list's element, a class path lookup) or builds from a configuration location or a jar entry are read without a timeout: most such URLs are class path or file resources, so nothing is reported unless the code shows the connection is a network one.
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

import org.springframework.stereotype.Component;

record TemplateSource(URL location) {

    byte[] read() throws IOException {
        try (var in = location.openStream()) {
            return in.readAllBytes();
        }
    }
}

@Component
class MessageBundleLoader {

    Properties load(URL bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = bundle.openStream()) {
            properties.load(in);
        }
        return properties;
    }

    Properties loadAll(ClassLoader loader) throws IOException {
        Properties merged = new Properties();
        Enumeration<URL> found = loader.getResources("META-INF/messages.properties");
        while (found.hasMoreElements()) {
            URL url = found.nextElement();
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream()) {
                merged.load(in);
            }
        }
        return merged;
    }

    List<Long> sizes(List<URL> entries) {
        return entries.stream().map(entry -> {
            try {
                var connection = entry.openConnection();
                try (InputStream in = connection.getInputStream()) {
                    return in.transferTo(OutputStream.nullOutputStream());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    Properties fromLocation(String configLocation) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new URL(configLocation).openStream()) {
            properties.load(in);
        }
        return properties;
    }

    byte[] manifestOf(String archive) throws IOException {
        try (InputStream in = new URL("jar:" + archive + "!/META-INF/MANIFEST.MF").openStream()) {
            return in.readAllBytes();
        }
    }

    byte[] banner() throws IOException {
        URL url = getClass().getResource("/banner.txt");
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }
}
