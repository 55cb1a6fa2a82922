package app.atelier.sharing.ui;

import app.atelier.provider.ResultType;
import app.atelier.sharing.SharedPage;
import app.atelier.sharing.Shares;
import app.atelier.ui.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Locale;

/**
 * The public page of a share link: the shared videos (a player each) and images, each with a download
 * button, under the link's title — and nothing else of the team, no menu, no login. A link that is
 * unknown, expired or revoked is the same 404 as any address that leads nowhere.
 */
@Route(value = Shares.PAGE + ":" + SharedView.TOKEN, autoLayout = false)
@AnonymousAllowed
public class SharedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOKEN = "token";

    private final Shares shares;
    private String title = "";

    SharedView(Shares shares) {
        this.shares = shares;
        addClassNames("shared-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get(TOKEN).orElse("");
        var page = shares.open(token);
        if (page.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!page.get().language().isBlank()) {
            event.getUI().setLocale(Locale.forLanguageTag(page.get().language()));
        }
        show(token, page.get());
    }

    private void show(String token, SharedPage page) {
        removeAll();
        title = page.title();
        var heading = new H1(page.title());
        heading.addClassName("shared-title");
        var until = new Paragraph(getTranslation("shared.until", Formats.dateTime(page.expiresAt(), getLocale())));
        until.addClassName("shared-until");
        var header = new Header(heading, until);
        header.addClassName("shared-header");
        var grid = new Div();
        grid.addClassNames("shared-grid", page.items().size() == 1 ? "single" : "several");
        page.items().forEach(item -> grid.add(item(token, item)));
        var footer = new Footer(new Span(getTranslation("shared.footer")));
        footer.addClassName("shared-footer");
        add(header, grid, footer);
    }

    private Div item(String token, SharedPage.Item item) {
        var file = Shares.FILES + token + "/" + item.position();
        var media = new Div();
        media.addClassName("shared-media");
        if (item.type() == ResultType.VIDEO) {
            var player = new Element("video");
            // its size known before anything loads: the poster is painted in a frame of the right shape at once
            player.setAttribute("width", String.valueOf(item.width()));
            player.setAttribute("height", String.valueOf(item.height()));
            player.setAttribute("controls", true);
            player.setAttribute("playsinline", true);
            player.setAttribute("preload", "metadata");
            player.setAttribute("src", file);
            if (item.poster()) {
                player.setAttribute("poster", file + "/poster");
            }
            player.setAttribute("aria-label", item.fileName());
            media.getElement().appendChild(player);
        } else {
            var image = new Image(file, item.fileName());
            image.getElement().setAttribute("width", String.valueOf(item.width()));
            image.getElement().setAttribute("height", String.valueOf(item.height()));
            media.add(image);
        }
        var details = new Span(item.duration() == null ? Formats.size(item.width(), item.height(), getLocale())
                : Formats.size(item.width(), item.height(), getLocale()) + " · "
                + getTranslation("result.details.seconds", item.duration().toMillis() / 1000.0));
        details.addClassName("shared-details");
        var download = new Anchor(file + "?download=" + item.fileName(), "");
        download.setTarget(AnchorTarget.DEFAULT);
        download.getElement().setAttribute("download", item.fileName());
        download.getElement().setAttribute("router-ignore", true);
        download.addClassName("shared-download");
        download.add(new Icon(VaadinIcon.DOWNLOAD_ALT), new Span(getTranslation("shared.download")));
        var bar = new Div(details, download);
        bar.addClassName("shared-bar");
        var card = new Div(media, bar);
        card.addClassName("shared-item");
        card.getElement().setAttribute("data-position", Integer.toString(item.position()));
        return card;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("not-found.title") : title;
    }
}
