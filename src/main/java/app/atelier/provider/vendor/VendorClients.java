package app.atelier.provider.vendor;

import okhttp3.OkHttpClient;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.net.Proxy;

/** The one HTTP client (its connection pool and threads) every vendor connection derives from. */
@Component
public class VendorClients implements DisposableBean {

    private final OkHttpClient shared = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).build();

    public OkHttpClient shared() {
        return shared;
    }

    @Override
    public void destroy() {
        shared.dispatcher().executorService().shutdown();
        shared.connectionPool().evictAll();
    }
}
