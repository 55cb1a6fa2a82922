package app.atelier.provider;

import app.atelier.shared.AtelierProperties;
import app.atelier.shared.PublicAddresses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a vendor will probably fail to fetch our photos: it reads them through links to
 * {@code atelier.public-url}, which the outside cannot reach when that is localhost or a private
 * address. Said before any credit is spent; the member may still go on (a vendor on the same network
 * can), and an admin who knows better silences it ({@code atelier.providers.warn-unreachable-public-url=false}).
 */
@Component
public class PublicReach {

    private final boolean publicUrlReachable;
    private final boolean warn;

    PublicReach(AtelierProperties settings, @Value("${atelier.providers.warn-unreachable-public-url:true}") boolean warn) {
        this.publicUrlReachable = PublicAddresses.isPublic(settings.publicUrl());
        this.warn = warn;
    }

    /** True when {@code provider} is a real vendor (not this machine, not the sandbox) that cannot reach us. */
    public boolean vendorMayNotReach(Provider provider) {
        return warn && !publicUrlReachable && provider.capabilities().completion() != Completion.SYNCHRONOUS
                && !provider.sandboxed();
    }
}
