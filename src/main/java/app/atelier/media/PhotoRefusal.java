package app.atelier.media;

/** Why a photo was not imported. Each reason names the i18n message that explains it to the member. */
public enum PhotoRefusal {
    /** The file is empty. */
    EMPTY("photo.refused.empty"),
    /** Over the size limit; argument: the limit in megabytes. */
    TOO_LARGE("photo.refused.too-large"),
    /** Not an image at all, whatever its name says. */
    NOT_AN_IMAGE("photo.refused.not-an-image"),
    /** An image in a format we do not take; argument: the format found. */
    UNSUPPORTED_FORMAT("photo.refused.unsupported-format"),
    /** Over the pixel limit; arguments: the limit in megapixels, the photo's megapixels. */
    TOO_MANY_PIXELS("photo.refused.too-many-pixels"),
    /** A side under the minimum; argument: the minimum in pixels. */
    TOO_SMALL("photo.refused.too-small"),
    /** The file says it is an image but cannot be read (truncated, damaged). */
    DAMAGED("photo.refused.damaged"),
    /** Not an http(s) address. */
    URL_INVALID("photo.refused.url-invalid"),
    /** An address inside a private network, or one that redirects there. */
    URL_NOT_ALLOWED("photo.refused.url-not-allowed"),
    /** The server could not be reached or did not answer in time. */
    URL_UNREACHABLE("photo.refused.url-unreachable"),
    /** The server answered with an error; argument: its HTTP status. */
    URL_HTTP_ERROR("photo.refused.url-http-error"),
    /** More redirects than we follow. */
    URL_TOO_MANY_REDIRECTS("photo.refused.url-too-many-redirects"),
    /** Our own storage failed; the photo can be sent again later. */
    STORAGE_FAILED("photo.refused.storage-failed");

    private final String messageKey;

    PhotoRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
