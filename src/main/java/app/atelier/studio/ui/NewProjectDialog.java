package app.atelier.studio.ui;

import app.atelier.project.NewProject;
import app.atelier.project.ProjectCreation;
import app.atelier.project.ProjectField;
import app.atelier.project.ProjectSummary;
import app.atelier.project.Projects;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** Creates a project: its name, and the listing reference and address when the member has them. */
class NewProjectDialog extends Dialog {

    final TextField name = new TextField();
    final TextField reference = new TextField();
    final TextField address = new TextField();
    final Button create = new Button();

    private final Projects projects;
    private final Consumer<ProjectSummary> created;
    private final Map<ProjectField, HasValidation> fields = new EnumMap<>(ProjectField.class);

    NewProjectDialog(Projects projects, Consumer<ProjectSummary> created) {
        this.projects = projects;
        this.created = created;
        setHeaderTitle(getTranslation("project.dialog.title"));
        addClassName("new-project-dialog");
        fields();
        var form = new FormLayout(name, reference, address);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        create.setText(getTranslation("project.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> submit());
        create.addClickShortcut(Key.ENTER).listenOn(this);
        var cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, create);
        setCloseOnEsc(true);
        setWidth("min(32rem, 100vw)");
        addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                name.focus();
            }
        });
    }

    /** The name, the listing's reference and its address, as long as the project takes them; the server says what is wrong. */
    private void fields() {
        var lengths = Projects.maxLengths();

        name.setLabel(getTranslation("project.name"));
        name.setHelperText(getTranslation("project.name.helper"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(lengths.get(ProjectField.NAME));
        reference.setLabel(getTranslation("project.reference"));
        reference.setPlaceholder(getTranslation("project.optional"));
        reference.setMaxLength(lengths.get(ProjectField.LISTING_REFERENCE));
        address.setLabel(getTranslation("project.address"));
        address.setPlaceholder(getTranslation("project.optional"));
        address.setMaxLength(lengths.get(ProjectField.ADDRESS));
        fields.put(ProjectField.NAME, name);
        fields.put(ProjectField.LISTING_REFERENCE, reference);
        fields.put(ProjectField.ADDRESS, address);
        for (var field : new TextField[]{name, reference, address}) {
            field.setManualValidation(true);
            field.addValueChangeListener(change -> {
                field.setInvalid(false);
                field.setErrorMessage(null);
            });
            field.setWidthFull();
        }
    }

    private void submit() {
        switch (projects.create(new NewProject(name.getValue(), reference.getValue(), address.getValue()))) {
            case ProjectCreation.Created done -> {
                close();
                created.accept(done.project());
            }
            case ProjectCreation.Invalid invalid -> invalid.problems().forEach((field, messageKey) -> {
                var component = fields.get(field);
                component.setErrorMessage(getTranslation(messageKey));
                component.setInvalid(true);
            });
        }
    }
}
