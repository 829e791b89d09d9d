package dev.backlint.models;

import java.util.List;
import java.util.Set;

/**
 * What backlint knows of secrets in code: the library calls and constructors that take a
 * key, a password or a token (and which argument it is), the request headers that carry
 * credentials, and the words of names that say a field holds one.
 */
public final class Secrets {

    /**
     * A call that takes a secret.
     *
     * @param owner    the class: the receiver's type, or the class of a static call or constructor
     * @param name     the method's name, or the class's simple name for a constructor
     * @param argument the index of the secret among the arguments
     * @param arity    the number of arguments, or -1 for any
     * @param isStatic whether it is a static call
     * @param what     what the secret is to the call, for the message
     */
    public record Sink(String owner, String name, int argument, int arity, boolean isStatic, String what) {
    }

    private static final String JJWT = "io.jsonwebtoken.";

    /** Calls whose argument is a secret. */
    public static final List<Sink> CALLS = List.of(
            new Sink(JJWT + "security.Keys", "hmacShaKeyFor", 0, 1, true, "an HMAC signing key"),
            new Sink(JJWT + "JwtBuilder", "signWith", 1, 2, false, "a JWT signing key"),
            new Sink(JJWT + "JwtParser", "setSigningKey", 0, 1, false, "a JWT verification key"),
            new Sink(JJWT + "JwtParserBuilder", "setSigningKey", 0, 1, false, "a JWT verification key"),
            new Sink("com.auth0.jwt.algorithms.Algorithm", "HMAC256", 0, 1, true, "an HMAC signing key"),
            new Sink("com.auth0.jwt.algorithms.Algorithm", "HMAC384", 0, 1, true, "an HMAC signing key"),
            new Sink("com.auth0.jwt.algorithms.Algorithm", "HMAC512", 0, 1, true, "an HMAC signing key"),
            new Sink("java.sql.DriverManager", "getConnection", 2, 3, true, "a database password"),
            new Sink("org.springframework.http.HttpHeaders", "setBearerAuth", 0, 1, false, "a bearer token"),
            new Sink("org.springframework.http.HttpHeaders", "setBasicAuth", 1, 2, false, "a password"),
            new Sink("org.springframework.boot.jdbc.DataSourceBuilder", "password", 0, 1, false,
                    "a database password"));

    /** Classes whose {@code setPassword(..)} takes a database password. */
    public static final List<String> DATA_SOURCES = List.of("javax.sql.DataSource", "com.zaxxer.hikari.HikariDataSource",
            "com.zaxxer.hikari.HikariConfig", "org.springframework.jdbc.datasource.DriverManagerDataSource",
            "org.springframework.jdbc.datasource.SimpleDriverDataSource",
            "org.springframework.jdbc.datasource.AbstractDriverBasedDataSource",
            "org.apache.commons.dbcp2.BasicDataSource", "org.apache.tomcat.jdbc.pool.DataSource",
            "org.apache.tomcat.jdbc.pool.PoolProperties", "com.mchange.v2.c3p0.ComboPooledDataSource",
            "org.postgresql.ds.PGSimpleDataSource", "org.postgresql.ds.PGPoolingDataSource",
            "com.mysql.cj.jdbc.MysqlDataSource", "org.h2.jdbcx.JdbcDataSource",
            "oracle.jdbc.pool.OracleDataSource", "com.microsoft.sqlserver.jdbc.SQLServerDataSource",
            "org.mariadb.jdbc.MariaDbDataSource", "org.springframework.boot.autoconfigure.jdbc.DataSourceProperties");

    /** Constructors whose argument is a secret. */
    public static final List<Sink> CONSTRUCTORS = List.of(
            new Sink("org.apache.http.auth.UsernamePasswordCredentials", "UsernamePasswordCredentials", 1, 2, false,
                    "a password"),
            new Sink("org.apache.hc.client5.http.auth.UsernamePasswordCredentials", "UsernamePasswordCredentials", 1,
                    2, false, "a password"),
            new Sink("java.net.PasswordAuthentication", "PasswordAuthentication", 1, 2, false, "a password"),
            new Sink("javax.crypto.spec.SecretKeySpec", "SecretKeySpec", 0, -1, false, "a secret key"),
            new Sink("com.nimbusds.jose.crypto.MACSigner", "MACSigner", 0, 1, false, "an HMAC signing key"),
            new Sink("com.nimbusds.jose.crypto.MACVerifier", "MACVerifier", 0, 1, false, "an HMAC verification key"));

    /** Calls that set a request header by name and value: {@code set("Authorization", v)}. */
    public static final Set<String> HEADER_SETTERS = Set.of("set", "add", "header", "setHeader", "addHeader",
            "defaultHeader", "putHeader", "addRequestProperty", "setRequestProperty");

    /** Request headers whose value is a credential, lower case. */
    public static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization", "x-api-key",
            "api-key", "apikey", "x-auth-token", "x-access-token", "x-api-token", "private-token", "x-functions-key");

    /** Calls that turn a literal into the bytes or characters a sink takes: its value is the literal's. */
    public static final Set<String> ENCODINGS = Set.of("getBytes", "toCharArray", "decode", "parseBase64Binary",
            "decodeBase64", "fromBase64", "wrap");

    /** Words (of a name split at case changes and underscores) that say it holds a secret. */
    public static final Set<String> SECRET_WORDS = Set.of("secret", "password", "passwd", "pwd", "token",
            "credential", "credentials", "apikey", "passphrase");

    /**
     * Words that make a secret-sounding name the name of something else: of a header, a
     * parameter, a claim, a property, a message, a prefix, a type, a length or a duration.
     */
    public static final Set<String> NOT_VALUE_WORDS = Set.of("header", "param", "parameter", "field", "name",
            "prefix", "suffix", "type", "url", "uri", "path", "endpoint", "pattern", "regex", "format", "message",
            "msg", "error", "label", "attribute", "attr", "property", "prop", "claim", "cookie", "column", "query",
            "template", "length", "len", "size", "expiration", "expiry", "expires", "ttl", "validity", "duration",
            "timeout", "seconds", "millis", "minutes", "hours", "days", "mode", "algorithm", "alg", "grant", "scope",
            "policy", "event", "topic", "queue", "cache", "file", "dir", "location", "placeholder", "description",
            "title", "text", "hint", "view", "page", "form", "route", "resource", "variable", "env",
            "environment", "config", "settings", "class", "bean", "role", "authority", "permission", "table",
            "index", "counter", "count", "strength", "rounds", "iterations", "min", "max", "delimiter", "separator",
            "keyname", "id", "ref", "issuer", "audience", "subject", "store", "storage", "entry");

    /** Algorithm and scheme names a secret-named constant may hold. */
    public static final Set<String> ALGORITHM_NAMES = Set.of("hmacsha1", "hmacsha256", "hmacsha384", "hmacsha512",
            "hs256", "hs384", "hs512", "rs256", "rs384", "rs512", "es256", "es384", "es512", "ps256", "sha-256",
            "sha256", "sha-512", "sha512", "aes", "rsa", "bcrypt", "scrypt", "argon2", "pbkdf2withhmacsha1",
            "pbkdf2withhmacsha256", "pbkdf2withhmacsha512", "md5", "sha-1", "sha1", "bearer", "basic", "jwt",
            "none", "noop", "hmac");

    private Secrets() {
    }
}
