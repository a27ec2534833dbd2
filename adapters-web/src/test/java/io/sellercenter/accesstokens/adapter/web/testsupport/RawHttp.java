package io.sellercenter.accesstokens.adapter.web.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1 written and read by hand over one connection, for what a client library will not do: several requests sent
 * in one write (pipelined), bodies a method should not have, HTTP/1.0.
 */
public final class RawHttp {
    private RawHttp() {
    }

    public static Socket connect(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Sends all of {@code requests} in one write, so that they reach the server together. */
    public static void send(Socket socket, String requests) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(requests.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    public static List<Integer> statuses(List<Answer> answers) {
        return answers.stream().map(Answer::status).toList();
    }

    /** Reads {@code count} answers, each with a {@code Content-Length}, as they come. */
    public static List<Answer> read(Socket socket, int count) throws IOException {
        InputStream in = socket.getInputStream();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String statusLine = line(in);
            Map<String, String> headers = new TreeMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
            byte[] body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            answers.add(new Answer(statusLine, headers, new String(body, StandardCharsets.UTF_8)));
        }
        return answers;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new IOException("the connection closed mid-answer: " + line);
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    /** One answer: its status line, its headers (names in lower case) and its body. */
    public record Answer(String statusLine, Map<String, String> headers, String body) {
        public int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
