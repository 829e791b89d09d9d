// A java.net.http client whose Authenticator returns new PasswordAuthentication("user", "literal".toCharArray()).
import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class ArtifactRepositoryClient {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication("deployer", "D3pl0y#Nexus!42".toCharArray()); // expect: hardcoded-secret "`PasswordAuthentication`"
                }
            })
            .build();

    public String fetchMetadata(String groupPath) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://nexus.example.com/repository/releases/" + groupPath + "/maven-metadata.xml"))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
