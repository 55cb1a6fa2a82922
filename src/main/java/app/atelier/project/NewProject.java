package app.atelier.project;

/** What a member gives to create a project; the reference and the address may be blank. */
public record NewProject(String name, String listingReference, String address) {
}
