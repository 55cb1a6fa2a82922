package app.atelier.account;

import app.atelier.shared.Language;

import java.util.UUID;

/** Who a request's API key belongs to: the member it acts as, which key, and their language. */
public record ApiCaller(SignedInMember member, UUID keyId, Language language) {
}
