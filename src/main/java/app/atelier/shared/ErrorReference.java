package app.atelier.shared;

import java.security.SecureRandom;

/**
 * A short reference for an unexpected failure: logged with the failure's detail and shown to the
 * person it happened to instead of that detail, so an admin can find the one line in the log that
 * explains it. Eight characters without look-alikes (no 0/O, 1/I/L), easy to read aloud.
 */
public final class ErrorReference {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    public static String next() {
        var reference = new char[8];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(reference);
    }
}
