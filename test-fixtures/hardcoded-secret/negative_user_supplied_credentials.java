// Credentials that come from the caller or the console (method parameters, a record, Console.readPassword) before reaching JDBC and HTTP credential sinks.
import java.io.Console;
import java.net.PasswordAuthentication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.CredentialsProvider;
import org.apache.http.impl.client.BasicCredentialsProvider;

record DbLogin(String url, String username, String password) {
}

public class AdminCliCredentials {

    public Connection connect(DbLogin login) throws SQLException {
        return DriverManager.getConnection(login.url(), login.username(), login.password());
    }

    public PasswordAuthentication promptProxyLogin(Console console) {
        String user = console.readLine("Proxy user: ");
        char[] password = console.readPassword("Proxy password: ");
        return new PasswordAuthentication(user, password);
    }

    public CredentialsProvider forUser(String username, String password) {
        CredentialsProvider provider = new BasicCredentialsProvider();
        provider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(username, password));
        return provider;
    }
}
