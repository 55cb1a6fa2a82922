package app.atelier.shared;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Whether an address is on the public internet. URL imports may only reach those (and vendors only
 * call back to those): not this
 * machine, not a private network, not a cloud's metadata service (169.254.169.254, fd00:ec2::254,
 * 100.100.100.200), including through IPv4-mapped or NAT64 IPv6 forms.
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(bytes);
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 255;
            if ((first & 0xFE) == 0xFC) {                       // fc00::/7 unique local
                return false;
            }
            if (isPrefix(bytes, new byte[10], 10) && (bytes[10] & 255) == 0xFF && (bytes[11] & 255) == 0xFF) {
                return isPublicV4(suffix(bytes));               // ::ffff:a.b.c.d, IPv4-mapped
            }
            if ((bytes[0] & 255) == 0x00 && (bytes[1] & 255) == 0x64 && (bytes[2] & 255) == 0xFF
                    && (bytes[3] & 255) == 0x9B) {
                return isPublicV4(suffix(bytes));               // 64:ff9b::/96, NAT64
            }
            if (isPrefix(bytes, new byte[12], 12)) {
                return false;                                   // ::/96, IPv4-compatible and the unspecified
            }
            return !((bytes[0] & 255) == 0x20 && (bytes[1] & 255) == 0x01 && (bytes[2] & 255) == 0x0D
                    && (bytes[3] & 255) == 0xB8);               // 2001:db8::/32, documentation
        }
        return false;
    }

    private static boolean isPublicV4(byte[] v4) {
        int a = v4[0] & 255;
        int b = v4[1] & 255;
        int c = v4[2] & 255;
        return !(a == 0 || a == 10 || a == 127 || a >= 224
                || (a == 100 && b >= 64 && b <= 127)             // shared address space, Alibaba's metadata
                || (a == 169 && b == 254)                         // link local, the clouds' metadata
                || (a == 172 && b >= 16 && b <= 31)
                || (a == 192 && b == 0 && c == 0)
                || (a == 192 && b == 168)
                || (a == 198 && (b == 18 || b == 19)));
    }

    private static byte[] suffix(byte[] v6) {
        return new byte[]{v6[12], v6[13], v6[14], v6[15]};
    }

    private static boolean isPrefix(byte[] bytes, byte[] prefix, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The address of an IP literal host, without any DNS lookup. */
    public static InetAddress literal(String host) throws UnknownHostException {
        return InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    }

    /**
     * Whether the host of {@code address} is on the public internet: every address it resolves to is
     * public. A name that does not resolve, or {@code localhost}, is not.
     */
    public static boolean isPublic(URI address) {
        var host = address.getHost();
        if (host == null || host.isBlank() || host.equalsIgnoreCase("localhost") || host.endsWith(".localhost")) {
            return false;
        }
        try {
            // a literal address is read as it is, a name is looked up
            var all = InetAddress.getAllByName(host);
            for (var one : all) {
                if (!isPublic(one)) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException unknown) {
            return false;
        }
    }
}
