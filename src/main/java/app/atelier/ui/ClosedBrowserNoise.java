package app.atelier.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

import java.io.IOException;
import java.util.Locale;

/**
 * Keeps out of the log what Vaadin's push (Atmosphere) reports at ERROR, with a stack trace, when a
 * browser simply went away: a tab closed or a connection lost while a push was under way ("Exception
 * in push connection … the WebSocket session has been closed", "Failed to cancel resource",
 * vaadin/flow#18835). Nothing is wrong and nobody can be told; an ERROR line must mean something an
 * operator should look at. Installed by {@code logback-spring.xml}.
 */
public class ClosedBrowserNoise extends TurboFilter {

    static final String PUSH_HANDLER = "com.vaadin.flow.server.communication.PushAtmosphereHandler";
    static final String ATMOSPHERE = "org.atmosphere.cpr.AsynchronousProcessor";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable failure) {
        if (level != Level.ERROR || format == null) {
            return FilterReply.NEUTRAL;
        }
        if (logger.getName().equals(ATMOSPHERE) && format.startsWith("Failed to cancel resource")) {
            return FilterReply.DENY;
        }
        if (logger.getName().equals(PUSH_HANDLER) && format.startsWith("Exception in push connection") && browserGone(failure)) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    private static boolean browserGone(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
            var message = cause.getMessage();
            if (cause instanceof IllegalStateException && message != null && message.toLowerCase(Locale.ROOT).contains("closed")) {
                return true;
            }
        }
        return false;
    }
}
