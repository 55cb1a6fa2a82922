package app.atelier.management.ui;

import app.atelier.credits.CreditAlerts;
import app.atelier.credits.Credits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;

/** When a balance counts as low: a member's video and photo credits, a vendor account's. */
class AlertsPanel extends Div {

    final IntegerField memberVideo = new IntegerField();
    final IntegerField memberPhoto = new IntegerField();
    final IntegerField vendor = new IntegerField();

    AlertsPanel(Credits credits) {
        addClassName("alerts-panel");
        var now = credits.alerts();
        memberVideo.setLabel(getTranslation("alerts.member-video"));
        memberVideo.setValue(now.memberVideo());
        memberPhoto.setLabel(getTranslation("alerts.member-photo"));
        memberPhoto.setValue(now.memberPhoto());
        vendor.setLabel(getTranslation("alerts.vendor"));
        vendor.setValue(now.vendor());
        for (var field : new IntegerField[] {memberVideo, memberPhoto, vendor}) {
            field.setMin(0);
            field.setStepButtonsVisible(true);
        }
        var intro = new Paragraph(getTranslation("alerts.intro"));
        intro.addClassName("hint");
        var form = new FormLayout(memberVideo, memberPhoto, vendor);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        var save = new Button(getTranslation("alerts.save"), click -> {
            if (!credits.setAlerts(new CreditAlerts(valueOf(memberVideo), valueOf(memberPhoto), valueOf(vendor)))) {
                Notification.show(getTranslation("credits.adjust.error.amount"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.WARNING);
            } else {
                Notification.show(getTranslation("alerts.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-alerts");
        add(new H2(getTranslation("alerts.title")), intro, form, save);
    }

    private static int valueOf(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }
}
