package app.atelier.provider.iacrea;

import app.atelier.provider.Capabilities;
import app.atelier.provider.ResultType;
import app.atelier.provider.VendorBalance;
import app.atelier.provider.VendorStatus;
import app.atelier.provider.vendor.VendorConnection;
import app.atelier.provider.vendor.VendorHttp;
import app.atelier.provider.vendor.VendorProvider;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What IA Créa's APIs share: the account, the way a generation is read back, webhooks, the balance. */
abstract class IaCreaProvider extends VendorProvider {

    final IaCreaConnection connection;
    private final Clock clock;
    private final String getPath;
    private final ResultType resultType;

    IaCreaProvider(String id, String nameKey, Capabilities capabilities, IaCreaConnection connection, Clock clock,
                   String getPath, ResultType resultType) {
        super(id, nameKey, capabilities);
        this.connection = connection;
        this.clock = clock;
        this.getPath = getPath;
        this.resultType = resultType;
    }

    @Override
    protected Optional<VendorConnection.Offer> offer() {
        return connection.offered();
    }

    @Override
    public Optional<String> accountKey() {
        return Optional.of(connection.keyId());
    }

    record Get(String userId, String generationId) {
    }

    /** One {@code get} per generation: the API reads one at a time. */
    @Override
    public Map<String, VendorStatus> poll(List<String> vendorIds) {
        var vendor = connection.require();
        var statuses = new LinkedHashMap<String, VendorStatus>();
        for (var id : vendorIds) {
            var answer = vendor.http().post(getPath, new Get(vendor.userId(), id), VendorHttp.Kind.QUERY);
            statuses.put(id, IaCreaResponses.status(answer, resultType));
        }
        return statuses;
    }

    @Override
    public Optional<String> vendorIdInWebhook(byte[] body) {
        return IaCreaResponses.generationIdIn(body);
    }

    @Override
    public Optional<VendorBalance> balance() {
        return connection.balance();
    }

    /** What a create call's answer says worth keeping: the credits left, the vendor's project. */
    static Map<String, String> facts(String remainingField, @Nullable Object remaining, @Nullable Object project) {
        var facts = new LinkedHashMap<String, String>();
        if (remaining != null) {
            facts.put(remainingField, remaining.toString());
        }
        if (project != null) {
            facts.put("project_id", project.toString());
        }
        return facts;
    }
}
