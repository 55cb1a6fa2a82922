package app.atelier.generation;

import java.util.UUID;

/**
 * A vendor kept refusing a key while generations were under way (its status calls answered AUTH a
 * few times in a row): they wait for a valid key, and the admins should be told, once per account.
 *
 * @param providerNameKey i18n key of the provider's name
 * @param accountKey      the vendor account ({@code VendorKeysChanged#vendor()}) whose key was refused
 */
public record KeyRefused(String providerId, String providerNameKey, String accountKey, UUID teamId) {
}
