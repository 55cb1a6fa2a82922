package app.atelier.studio.ui;

import app.atelier.account.AccountService;
import app.atelier.media.PhotoSummary;
import org.jspecify.annotations.Nullable;

import java.awt.image.BufferedImage;

/** Mask editors over a project's photo that start with, and remember, the member's own brush and overlay. */
final class MaskEditors {

    private MaskEditors() {
    }

    static MaskEditor over(PhotoSummary photo, @Nullable BufferedImage start, AccountService accounts) {
        var editor = new MaskEditor(photo.original(), photo.width(), photo.height(), start);
        accounts.maskPreferences().ifPresent(editor::setPreferences);
        editor.addPreferencesChangedListener(changed -> accounts.rememberMaskPreferences(changed.preferences()));
        return editor;
    }
}
