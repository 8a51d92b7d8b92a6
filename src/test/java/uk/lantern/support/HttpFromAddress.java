package uk.lantern.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP requests to the running test server from a chosen loopback address, so that a test can be a trusted proxy
 * (127.0.0.1) or an untrusted client (127.0.0.2) to Tomcat's forwarded-header handling, which MockMvc bypasses. Java's
 * HTTP client cannot choose its local address, hence a plain socket. Requests are HTTP/1.0, so the response is the
 * rest of the stream, never chunked.
 */
public final class HttpFromAddress {

    public static final String TRUSTED_PROXY = "127.0.0.1";
    public static final String UNTRUSTED_CLIENT = "127.0.0.2";

    private final String localAddress;
    private final int port;

    public HttpFromAddress(String localAddress, int port) {
        this.localAddress = localAddress;
        this.port = port;
    }

    /** A response, with header names in lower case. */
    public record Response(int status, Map<String, List<String>> headers, String body) {
        public Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
        }
    }

    public Response get(String path, Map<String, String> headers) throws IOException {
        return send("GET", path, headers, null, null);
    }

    public Response post(String path, Map<String, String> headers, String contentType, String body)
            throws IOException {
        return send("POST", path, headers, contentType, body);
    }

    private Response send(String method, String path, Map<String, String> headers, String contentType, String body)
            throws IOException {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\n")
                .append("Host: localhost:").append(port).append("\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static Response parse(String raw) {
        int endOfHead = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, endOfHead).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    name -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        return new Response(status, headers, raw.substring(endOfHead + 4));
    }
}
