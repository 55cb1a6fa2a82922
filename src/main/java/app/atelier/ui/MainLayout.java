package app.atelier.ui;

import app.atelier.shared.Language;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The shell around every signed-in view: side navigation (a drawer on phones) built from the views'
 * {@code @Menu} annotations, which already leaves out the views the member's role cannot open; the
 * team name; what features show there ({@link ShellWidget}s: the credit balances); the member's menu
 * with language and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SignedInAccount account;
    private final AuthenticationContext authentication;
    private String shownPath = "";

    MainLayout(SignedInAccount account, AuthenticationContext authentication, List<ShellWidget> widgets) {
        this.account = account;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");
        var member = account.current();
        addToDrawer(brand(), navigation());
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        addToNavbar(toggle);
        member.ifPresent(signedIn -> {
            var features = new Div();
            features.addClassName("shell-widgets");
            widgets.forEach(widget -> features.add(widget.create()));
            addToNavbar(teamName(signedIn), features, memberMenu(signedIn));
        });
    }

    /**
     * A page reached by a link, a button or a redirect opens at its top, as a web page does (the
     * project page after Generate used to open scrolled where the wizard was); going back in the
     * browser's history keeps the position the browser gives back.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var path = event.getLocation().getPath();
        if (!path.equals(shownPath) && event.getLocationChangeEvent().getTrigger() != NavigationTrigger.HISTORY) {
            // the layout's content area scrolls, not the window (both, to be sure)
            getElement().executeJs("""
                    window.scrollTo(0, 0);
                    const content = this.shadowRoot && this.shadowRoot.querySelector('[part~="content"]');
                    if (content) {
                      content.scrollTop = 0;
                    }""");
        }
        shownPath = path;
    }

    private Component brand() {
        var logo = new Icon(VaadinIcon.FILM);
        logo.addClassName("brand-logo");
        logo.getElement().setAttribute("aria-hidden", "true");
        var brand = new Div(logo, new Span(getTranslation("app.name")));
        brand.addClassName("brand");
        return brand;
    }

    private Component navigation() {
        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        return nav;
    }

    private Component teamName(SignedInAccount.ShellMember member) {
        var icon = new Icon(VaadinIcon.BUILDING_O);
        icon.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(member.teamName());
        name.addClassName("team-name-text");
        var team = new Div(icon, name);
        team.addClassName("team-name");
        team.getElement().setAttribute("title", getTranslation("shell.team", member.teamName()));
        return team;
    }

    private Component memberMenu(SignedInAccount.ShellMember member) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.TERTIARY, MenuBarVariant.ALIGN_END);
        menu.addClassName("member-menu");

        var avatar = new Avatar(member.displayName());
        avatar.addClassName("member-avatar");
        var name = new Span(member.displayName());
        name.addClassName("member-name");
        var chevron = new Icon(VaadinIcon.CHEVRON_DOWN_SMALL);
        chevron.addClassName("member-chevron");
        var button = new Div(avatar, name, chevron);
        button.addClassName("member-button");
        var root = menu.addItem(button);
        root.setAriaLabel(getTranslation("shell.member-menu"));

        var items = root.getSubMenu();
        var identity = new Div(new Span(member.displayName()), new Span(member.email()),
                new Span(getTranslation(member.roleLabelKey())));
        identity.addClassName("member-identity");
        items.addItem(identity).setEnabled(false);

        var languages = items.addItem(getTranslation("shell.language")).getSubMenu();
        for (var language : Language.values()) {
            var item = languages.addItem(getTranslation(language.labelKey()), click -> changeLanguage(language));
            item.setCheckable(true);
            item.setChecked(language == member.language());
            item.getElement().setAttribute("lang", language.code());
        }
        items.addItem(getTranslation("shell.sign-out"), click -> authentication.logout());
        return menu;
    }

    private void changeLanguage(Language language) {
        account.changeLanguage(language);
        VaadinSession.getCurrent().setLocale(language.locale());
        UI.getCurrent().getPage().reload();
    }
}
