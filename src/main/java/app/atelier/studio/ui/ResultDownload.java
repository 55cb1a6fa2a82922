package app.atelier.studio.ui;

import app.atelier.generation.GenerationResult;
import app.atelier.generation.GenerationSummary;
import app.atelier.media.MediaLibrary;
import app.atelier.provider.ResultType;
import app.atelier.sharing.AiLabel;
import app.atelier.sharing.Downloads;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.util.Locale;

/** The download of a finished result, on its card and in the viewer. */
final class ResultDownload {

    private ResultDownload() {
    }

    /**
     * The file, named after the project, the photo, the effect and the day (the server adds the
     * image's extension); with the mention, its labelled copy (made the first time, on the way).
     */
    static Anchor link(Component words, Locale locale, Downloads downloads, String projectName, GenerationSummary generation,
                       GenerationResult found, boolean labelled) {
        var fileName = GenerationCard.fileName(words, projectName, generation);
        var name = fileName + (found.type() == ResultType.VIDEO ? ".mp4" : "");
        var link = new Anchor();
        if (labelled) {
            var label = new AiLabel(locale.getLanguage(), words.getTranslation("label.ai"));
            var id = generation.id();
            var base = fileName + "-" + words.getTranslation("generation.label.file");
            link.setHref((DownloadHandler) download -> {
                download.setFileName(base + "." + downloads.extension(found));
                download.setContentType(found.type() == ResultType.VIDEO ? "video/mp4" : "application/octet-stream");
                try (var out = download.getOutputStream()) {
                    downloads.writeResult(id, label, out);
                }
            });
            link.getElement().setAttribute("download", true);
        } else {
            link.setHref(MediaLibrary.memberUrl(found.asset()) + "?download=" + name);
            link.getElement().setAttribute("download", found.type() == ResultType.VIDEO ? name : "");
        }
        link.setTarget(AnchorTarget.DEFAULT);
        link.getElement().setAttribute("router-ignore", true);
        link.addClassName("download-link");
        if (labelled) {
            link.addClassName("labelled");
        }
        // beside a Variation or an Extend button a card shows the icon alone (the stylesheet sets the text's
        // size to nothing): the name stays for assistive technology and in the tooltip
        link.getElement().setAttribute("title", words.getTranslation("generation.download"));
        link.add(new Icon(VaadinIcon.DOWNLOAD_ALT), new Text(words.getTranslation("generation.download")));
        return link;
    }
}
