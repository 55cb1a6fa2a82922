package app.atelier.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * The REST API's limits.
 *
 * @param requestsPerMinute  requests one key may make per minute (a burst of as many, refilled evenly)
 * @param resultLinkLifetime how long the result links the API hands out stay valid
 * @param webhookAttempts    how many times a webhook is tried before giving up (waits of 1, 2, 4 … s between)
 * @param webhookFirstWait   the wait before the second attempt; each next wait doubles, at most a minute
 * @param webhookTimeout     how long one attempt may take to connect and to be answered
 * @param webhookTrustedHosts hosts webhooks may be sent to even at a private address (none in
 *                           production: a test that listens on this machine)
 * @param maxBody            the largest request body read (a larger one is answered 413 unread)
 */
@Validated
@ConfigurationProperties("atelier.api")
public record ApiProperties(@DefaultValue("120") @Min(1) @Max(100_000) int requestsPerMinute,
                            @DefaultValue("24h") @NotNull Duration resultLinkLifetime,
                            @DefaultValue("6") @Min(1) @Max(20) int webhookAttempts,
                            @DefaultValue("1s") @NotNull Duration webhookFirstWait,
                            @DefaultValue("10s") @NotNull Duration webhookTimeout,
                            @DefaultValue List<String> webhookTrustedHosts,
                            @DefaultValue("256KB") @NotNull DataSize maxBody) {

    public ApiProperties {
        webhookTrustedHosts = List.copyOf(webhookTrustedHosts);
    }
}
