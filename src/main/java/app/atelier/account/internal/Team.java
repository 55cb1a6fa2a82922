package app.atelier.account.internal;

import app.atelier.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "team")
public class Team extends AuditedEntity {

    @Column(nullable = false, length = 80)
    private String name;

    protected Team() {
        this.name = "";
    }

    public Team(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
