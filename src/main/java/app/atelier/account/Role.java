package app.atelier.account;

/** What a member may do in their team. */
public enum Role {
    /** Manages members, allowances and vendor keys; creates like a member. */
    ADMIN,
    /** Creates generations and spends credits. */
    MEMBER,
    /** Reviews and downloads; creates nothing. */
    VIEWER;

    /** Role names as Spring Security and {@code @RolesAllowed} expect them (without the ROLE_ prefix). */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String MEMBER_NAME = "MEMBER";
    public static final String VIEWER_NAME = "VIEWER";

    public String authority() {
        return "ROLE_" + name();
    }

    public String labelKey() {
        return switch (this) {
            case ADMIN -> "role.admin";
            case MEMBER -> "role.member";
            case VIEWER -> "role.viewer";
        };
    }
}
