package com.cachely.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CacheNodeProbe {

    private static final Logger log = LoggerFactory.getLogger(CacheNodeProbe.class);
    private static final int TIMEOUT_MS = 1500;

    private final List<InetSocketAddress> nodes;

    public CacheNodeProbe(CacheTopology topology) {
        this.nodes = topology.nodes();
    }

    @GetMapping("/internal/cache/nodes")
    public List<NodeStatus> nodes() {
        return nodes.stream().map(this::ping).toList();
    }

    private NodeStatus ping(InetSocketAddress node) {
        String host = node.getHostString();
        int port = node.getPort();
        try (Socket socket = new Socket()) {
            socket.connect(node, TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String reply = reader.readLine();
            return new NodeStatus(host, port, "+PONG".equals(reply), reply);
        } catch (IOException ex) {
            log.warn("Cache node {}:{} did not answer PING", host, port, ex);
            return new NodeStatus(host, port, false, ex.getMessage());
        }
    }

    public record NodeStatus(String host, int port, boolean alive, String detail) {
    }

    public interface CacheTopology {
        List<InetSocketAddress> nodes();
    }
}
