package app.atelier.shared;

import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This node among the nodes that share the database: its host name and a mark of this start, so that
 * two nodes on one host, or a node started again, are never taken for each other. The job runner
 * names itself so; work bound to the machine it runs on (a render) is counted per node by it.
 */
@Component
public class ThisNode {

    private final String name;

    public ThisNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        var named = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.name = named.length() > 100 ? named.substring(named.length() - 100) : named;
    }

    /** At most 100 characters. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
