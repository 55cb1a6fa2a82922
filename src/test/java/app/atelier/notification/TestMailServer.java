package app.atelier.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real SMTP server on this machine for the e-mail tests (GreenMail), reached through one port for
 * the whole run ({@link #PORT}, what {@code spring.mail.port} says). In front of it, a relay this
 * class controls: it can stop listening (connections refused, a server that is down) or answer every
 * connection with "554 … refused", as production servers sometimes do, and come back at once (its
 * socket is bound with SO_REUSEADDR, which GreenMail's own is not, so a restart never waits for the
 * port).
 */
public final class TestMailServer {

    public static final int PORT = freePort();

    private enum Mode { FORWARD, REFUSE }

    private static GreenMail greenMail;
    private static ServerSocket front;
    private static volatile Mode mode = Mode.FORWARD;

    private TestMailServer() {
    }

    /** The server takes every message. */
    public static synchronized void up() {
        mode = Mode.FORWARD;
        listen();
    }

    /** Nothing listens: connections are refused. */
    public static synchronized void down() {
        if (front != null) {
            try {
                front.close();
            } catch (IOException ignored) {
                // closed anyway
            }
            front = null;
        }
    }

    /** A server that answers every connection with "554 … refused" and hangs up. */
    public static synchronized void refusing() {
        mode = Mode.REFUSE;
        listen();
    }

    /** Forgets what was received. */
    public static synchronized void purge() {
        try {
            greenMail().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code count} messages were received in all, and returns them. */
    public static List<MimeMessage> received(int count) {
        var server = greenMail();
        assertThat(server.waitForIncomingEmail(Duration.ofSeconds(30).toMillis(), count))
                .as("%d e-mails received", count).isTrue();
        return Arrays.asList(server.getReceivedMessages());
    }

    /** What was received so far, without waiting. */
    public static List<MimeMessage> receivedNow() {
        return Arrays.asList(greenMail().getReceivedMessages());
    }

    private static synchronized GreenMail greenMail() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
        return greenMail;
    }

    private static void listen() {
        if (front != null) {
            return;
        }
        var behind = greenMail().getSmtp().getPort();
        try {
            var server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT));
            front = server;
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        var client = server.accept();
                        Thread.ofVirtual().start(() -> serve(client, behind));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(Socket client, int behind) {
        try (client) {
            if (mode == Mode.REFUSE) {
                client.getOutputStream().write("554 5.7.1 No mail from this host (test)\r\n".getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
                return;
            }
            try (var server = new Socket(InetAddress.getLoopbackAddress(), behind)) {
                var back = Thread.ofVirtual().start(() -> pipe(server, client));
                pipe(client, server);
                back.join();
            }
        } catch (IOException | InterruptedException ignored) {
            // one side hung up
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
            to.shutdownOutput();
        } catch (IOException ignored) {
            // one side hung up
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
