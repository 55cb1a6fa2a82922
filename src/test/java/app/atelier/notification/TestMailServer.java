package app.atelier.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real SMTP server on this machine for the e-mail tests (GreenMail), on one port for the whole run;
 * it can be taken down (connections refused) or replaced by one that refuses every message, as
 * production servers sometimes are.
 */
public final class TestMailServer {

    public static final int PORT = freePort();

    private static GreenMail greenMail;
    private static ServerSocket refusing;

    private TestMailServer() {
    }

    /** The server takes every message. */
    public static synchronized void up() {
        stopRefusing();
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    /** Nothing listens: connections are refused. */
    public static synchronized void down() {
        stopRefusing();
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** A server that answers every connection with "554 … refused" and hangs up. */
    public static synchronized void refusing() {
        down();
        try {
            var server = new ServerSocket(PORT, 50, InetAddress.getLoopbackAddress());
            refusing = server;
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try (Socket client = server.accept()) {
                        client.getOutputStream().write("554 5.7.1 No mail from this host (test)\r\n".getBytes(StandardCharsets.US_ASCII));
                        client.getOutputStream().flush();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets what was received. */
    public static synchronized void purge() {
        up();
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code count} messages were received in all, and returns them. */
    public static List<MimeMessage> received(int count) {
        GreenMail server;
        synchronized (TestMailServer.class) {
            server = greenMail;
        }
        assertThat(server.waitForIncomingEmail(Duration.ofSeconds(30).toMillis(), count))
                .as("%d e-mails received", count).isTrue();
        return Arrays.asList(server.getReceivedMessages());
    }

    /** What was received so far, without waiting. */
    public static synchronized List<MimeMessage> receivedNow() {
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
    }

    private static void stopRefusing() {
        if (refusing != null) {
            try {
                refusing.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            refusing = null;
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
