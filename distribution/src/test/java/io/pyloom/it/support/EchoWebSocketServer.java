package io.pyloom.it.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * A WebSocket server (RFC 6455) on loopback for the browser tests: it echoes every text and binary
 * message, answers pings and close frames, and refuses the handshake on {@code /refuse}.
 */
public final class EchoWebSocketServer implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int TEXT = 1;
    private static final int BINARY = 2;
    private static final int CLOSE = 8;
    private static final int PING = 9;
    private static final int PONG = 10;

    private final ServerSocket server;

    public EchoWebSocketServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "echo-websocket");
        accept.setDaemon(true);
        accept.start();
    }

    /** ws://127.0.0.1:PORT + path. */
    public String url(String path) {
        return "ws://127.0.0.1:" + server.getLocalPort() + path;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread connection = new Thread(() -> serve(socket), "echo-websocket-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            Map<String, String> request = readRequest(in);
            if (request.get(":path").startsWith("/refuse")) {
                out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((request.get("sec-websocket-key") + GUID).getBytes(StandardCharsets.US_ASCII)));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            DataInputStream frames = new DataInputStream(in);
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            int messageType = 0;
            while (true) {
                int first = frames.readUnsignedByte();
                int second = frames.readUnsignedByte();
                int opcode = first & 0x0f;
                long length = second & 0x7f;
                if (length == 126) {
                    length = frames.readUnsignedShort();
                } else if (length == 127) {
                    length = frames.readLong();
                }
                byte[] mask = new byte[4];
                if ((second & 0x80) != 0) {
                    frames.readFully(mask);
                }
                byte[] payload = new byte[(int) length];
                frames.readFully(payload);
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= mask[i % 4];
                }
                if (opcode == CLOSE) {
                    write(out, CLOSE, payload);
                    return;
                } else if (opcode == PING) {
                    write(out, PONG, payload);
                } else if (opcode == TEXT || opcode == BINARY || opcode == 0) {
                    if (opcode != 0) {
                        messageType = opcode;
                    }
                    message.write(payload);
                    if ((first & 0x80) != 0) {
                        write(out, messageType, message.toByteArray());
                        message.reset();
                    }
                }
            }
        } catch (IOException | NoSuchAlgorithmException | RuntimeException gone) {
            // the browser went away or closed without a close frame: nothing to answer
        }
    }

    private static Map<String, String> readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed during the handshake");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        String[] lines = head.toString(StandardCharsets.US_ASCII).split("\r\n");
        Map<String, String> request = new HashMap<>();
        request.put(":path", lines[0].split(" ")[1]);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                request.put(lines[i].substring(0, colon).strip().toLowerCase(), lines[i].substring(colon + 1).strip());
            }
        }
        return request;
    }

    /** One unmasked, final frame, as a server sends them. */
    private static synchronized void write(OutputStream out, int opcode, byte[] payload) throws IOException {
        out.write(0x80 | opcode);
        if (payload.length < 126) {
            out.write(payload.length);
        } else if (payload.length < 65536) {
            out.write(126);
            out.write(payload.length >>> 8);
            out.write(payload.length & 0xff);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payload.length >>> shift) & 0xff);
            }
        }
        out.write(payload);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
