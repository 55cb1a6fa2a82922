package app.atelier.provider;

import app.atelier.shared.LiveEvent;

/** A vendor key was saved or removed in the interface: every node reads the saved keys again. */
public record VendorKeysChanged(String vendor) implements LiveEvent {
}
