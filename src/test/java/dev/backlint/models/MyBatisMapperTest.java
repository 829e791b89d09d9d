package dev.backlint.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.api.XmlFileCheck;
import dev.backlint.rules.sql.MyBatisMapperChecks;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapper XML is read for its statements, and never makes the scanner read or fetch what it names. */
class MyBatisMapperTest {

    @TempDir
    Path dir;

    @Test
    void statementsFragmentsAndIncludesAreReadWithTheirPlaces() throws Exception {
        String text = """
                <?xml version="1.0"?>
                <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
                <mapper namespace="com.acme.UserMapper">
                  <sql id="cols">${alias}.id</sql>
                  <select id="find">SELECT <include refid="cols"><property name="alias" value="u"/></include> FROM users u</select>
                </mapper>
                """;
        MyBatisMapper mapper = MyBatisMapper.parse(text);

        assertEquals("com.acme.UserMapper", mapper.namespace());
        assertEquals(List.of("sql cols", "select find"),
                mapper.elements().stream().map(e -> e.name() + " " + e.id()).toList());
        MyBatisMapper.Element fragment = mapper.elements().get(0);
        assertEquals("${alias}.id", text.substring(fragment.start(), fragment.end()));
        MyBatisMapper.Include include = mapper.elements().get(1).includes().get(0);
        assertEquals("cols", include.refid());
        assertEquals(Map.of("alias", "u"), include.properties());
        assertTrue(mapper.fragment("com.acme.UserMapper.cols").isPresent(), "a refid qualified by the namespace");
    }

    @Test
    void externalEntitiesAndDtdsAreNeitherReadNorFetched() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leaked 'FETCHED'>".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String text = """
                    <?xml version="1.0"?>
                    <!DOCTYPE mapper SYSTEM "%1$s/mapper.dtd" [
                      <!ENTITY file SYSTEM "%2$s">
                      <!ENTITY remote SYSTEM "%1$s/remote">
                      <!ENTITY %% parameter SYSTEM "%1$s/parameter.dtd">
                      %%parameter;
                    ]>
                    <mapper namespace="x.Evil">
                      <select id="leak">SELECT a FROM t WHERE b = '&file;&remote;' ORDER BY ${sort}</select>
                    </mapper>
                    """.formatted(base, secret.toUri());

            XmlFileCheck.Result result = new MyBatisMapperChecks().check("Evil.xml", text,
                    Map.of("sql-concatenation", Level.WARNING, "select-star", Level.WARNING));

            assertEquals(0, requests.get(), "nothing fetched");
            assertTrue(result.analysed() && result.problem().isEmpty(), result.toString());
            assertEquals(1, result.findings().size(), "the mapper is still checked: " + result.findings());
            for (Finding finding : result.findings()) {
                assertFalse(finding.message().contains("TOP-SECRET") || finding.sourceLine().contains("TOP-SECRET")
                        || finding.message().contains("FETCHED"), finding.toString());
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aMalformedMapperIsAProblemOfItsOwnNotAnException() throws IOException {
        XmlFileCheck.Result result = new MyBatisMapperChecks().check("Broken.xml",
                "<mapper namespace=\"x.Broken\"><select id=\"a\">SELECT 1</mapper>",
                Map.of("sql-concatenation", Level.WARNING));

        assertTrue(result.analysed());
        assertTrue(result.problem().isPresent() && result.problem().get().contains("could not parse"),
                result.toString());
    }

    @Test
    void anEntityThatExpandsWithoutEndIsRefusedNotExpanded() {
        StringBuilder entities = new StringBuilder("<!ENTITY e0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY e").append(i).append(" \"").append(("&e" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String text = "<?xml version=\"1.0\"?><!DOCTYPE mapper [" + entities
                + "]><mapper namespace=\"x.Laughs\"><select id=\"a\">SELECT &e9; FROM t</select></mapper>";

        XmlFileCheck.Result result = new MyBatisMapperChecks().check("Laughs.xml", text,
                Map.of("select-star", Level.WARNING));

        assertTrue(result.problem().isPresent() && result.problem().get().contains("entity"), result.toString());
    }

    @Test
    void otherXmlIsNotAMapper() {
        assertFalse(new MyBatisMapperChecks().check("pom.xml", "<project><modules/></project>",
                Map.of("select-star", Level.WARNING)).analysed());
    }
}
