package app.atelier.provider.vendor;

import app.atelier.provider.ErrorCode;

/** What an HTTP status means when the vendor's body says nothing more precise (docs/vendors.md). */
public final class StatusErrors {

    private StatusErrors() {
    }

    public static ErrorCode of(int status) {
        return switch (status) {
            case 400, 404, 409, 413, 415, 422 -> ErrorCode.INVALID_INPUT;
            case 401, 403 -> ErrorCode.AUTH;
            case 402 -> ErrorCode.NO_CREDIT;
            case 429 -> ErrorCode.RATE_LIMITED;
            default -> status >= 500 ? ErrorCode.VENDOR_DOWN : ErrorCode.UNKNOWN;
        };
    }
}
