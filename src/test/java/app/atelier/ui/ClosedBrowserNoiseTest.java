package app.atelier.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a browser going away makes Vaadin's push say stays out of the log; every other error stays in. */
class ClosedBrowserNoiseTest {

    private final ClosedBrowserNoise filter = new ClosedBrowserNoise();
    private final LoggerContext logging = new LoggerContext();

    @Test
    void aPushToABrowserThatClosedIsNotAnError() {
        assertThat(decide(ClosedBrowserNoise.PUSH_HANDLER, Level.ERROR, "Exception in push connection",
                new IllegalStateException("Message will not be sent because the WebSocket session has been closed")))
                .isEqualTo(FilterReply.DENY);
        assertThat(decide(ClosedBrowserNoise.PUSH_HANDLER, Level.ERROR, "Exception in push connection",
                new RuntimeException(new IOException("Broken pipe")))).isEqualTo(FilterReply.DENY);
        assertThat(decide(ClosedBrowserNoise.ATMOSPHERE, Level.ERROR, "Failed to cancel resource: {}", null))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void anythingElseIsLogged() {
        assertThat(decide(ClosedBrowserNoise.PUSH_HANDLER, Level.ERROR, "Exception in push connection",
                new IllegalArgumentException("a bug"))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("app.atelier.ui.UnexpectedError", Level.ERROR, "Unexpected error {} [ref {}]",
                new IOException("disk full"))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(ClosedBrowserNoise.ATMOSPHERE, Level.WARN, "Failed to cancel resource: {}", null))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decide(String logger, Level level, String format, Throwable failure) {
        return filter.decide(null, logging.getLogger(logger), level, format, null, failure);
    }
}
