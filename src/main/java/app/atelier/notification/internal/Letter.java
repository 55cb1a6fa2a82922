package app.atelier.notification.internal;

import app.atelier.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import java.util.List;

/**
 * One e-mail as written: its paragraphs, at most one button, and the line that says why it was sent.
 * It reads the same as plain text and as HTML (what mail programs show depends on the reader).
 *
 * @param kind what it is about, for the log and the metrics ({@code invitation}, {@code generation-ended} …)
 */
public record Letter(String kind, String to, Language language, String subject, List<String> paragraphs,
                     @Nullable Action action, String footer) {

    /** A button, with the address written out too for mail programs that show no buttons. */
    public record Action(String label, String url, String fallback) {
    }

    public Letter {
        paragraphs = List.copyOf(paragraphs);
    }

    String text() {
        var text = new StringBuilder();
        paragraphs.forEach(paragraph -> text.append(paragraph).append("\n\n"));
        if (action != null) {
            text.append(action.label()).append(":\n").append(action.url()).append("\n\n");
        }
        return text.append("-- \n").append(footer).append('\n').toString();
    }

    String html() {
        var html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s</title></head>
                <body style="margin:0;padding:0;background:#f3f4f6;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1f2937">
                <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f3f4f6;padding:24px 8px"><tr><td align="center">
                <table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%%;background:#ffffff;border-radius:8px">
                <tr><td style="padding:28px 32px 0;font-size:18px;font-weight:600;color:#111827">Atelier</td></tr>
                <tr><td style="padding:16px 32px 8px;font-size:15px;line-height:1.55">
                """.formatted(language.code(), escape(subject)));
        paragraphs.forEach(paragraph -> html.append("<p style=\"margin:0 0 14px\">").append(escape(paragraph)).append("</p>\n"));
        if (action != null) {
            html.append("""
                    <p style="margin:22px 0"><a href="%s" style="background:#1d4ed8;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;display:inline-block;font-weight:600">%s</a></p>
                    <p style="margin:0 0 14px;font-size:13px;color:#6b7280">%s<br><a href="%s" style="color:#1d4ed8;word-break:break-all">%s</a></p>
                    """.formatted(escape(action.url()), escape(action.label()), escape(action.fallback()), escape(action.url()),
                    escape(action.url())));
        }
        html.append("""
                </td></tr>
                <tr><td style="padding:16px 32px 28px;border-top:1px solid #e5e7eb;font-size:12px;line-height:1.5;color:#6b7280">%s</td></tr>
                </table></td></tr></table></body></html>
                """.formatted(escape(footer)));
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
