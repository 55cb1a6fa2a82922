package app.atelier.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.Arrays;

/** Every text of Vaadin's Upload in the member's language (its defaults are English). */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component context) {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(context, "upload.drop.one")).setMany(t(context, "upload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(context, "upload.add.one")).setMany(t(context, "upload.add.many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(t(context, "upload.error.too-many"))
                .setFileIsTooBig(t(context, "upload.error.too-big"))
                .setIncorrectFileType(t(context, "upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t(context, "upload.status.connecting"))
                        .setStalled(t(context, "upload.status.stalled"))
                        .setProcessing(t(context, "upload.status.processing"))
                        .setHeld(t(context, "upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(context, "upload.remaining.prefix"))
                        .setUnknown(t(context, "upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(context, "upload.error.server-unavailable"))
                        .setUnexpectedServerError(t(context, "upload.error.unexpected"))
                        // any 4xx, which is how a photo refused on the server comes back
                        .setForbidden(t(context, "upload.error.refused"))
                        .setFileTooLarge(t(context, "upload.error.too-big"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(t(context, "upload.file.retry"))
                .setStart(t(context, "upload.file.start"))
                .setRemove(t(context, "upload.file.remove")));
        i18n.setUnits(units(context));
        return i18n;
    }

    /** The size units, smallest first ("o, ko, Mo" in French). */
    public static String[] unitsOf(Component context) {
        return Arrays.stream(t(context, "upload.units").split(",")).map(String::strip).toArray(String[]::new);
    }

    private static java.util.List<String> units(Component context) {
        return Arrays.asList(unitsOf(context));
    }

    private static String t(Component context, String key) {
        return context.getTranslation(key);
    }
}
