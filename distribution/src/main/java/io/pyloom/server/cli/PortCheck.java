package io.pyloom.server.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Whether the HTTP port can be taken, asked before the server is told to listen on it: Jetty
 * would log a stack trace and leave a server that serves nothing.
 */
final class PortCheck {

    private PortCheck() {
    }

    /** What keeps the server from listening on the port, as one line; null when it is free. */
    static String problem(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port)); // every interface, as the server listens
            return null;
        } catch (BindException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("Permission denied") || why.contains("Access denied")) {
                return "port " + port + " is not open to this user (ports below 1024 need privileges): "
                        + "choose another with --port";
            }
            return "port " + port + " is in use: stop what holds it, or choose another with --port";
        } catch (IOException | SecurityException e) {
            return "port " + port + " cannot be opened: " + e.getMessage();
        }
    }
}
