package app.atelier.shared;

/**
 * A change that open views show as it happens. Publish it with Spring's event publisher inside the
 * transaction that made the change: {@link LiveUpdates} hands it to this node's subscribers once the
 * transaction has committed, and on PostgreSQL it also travels to every other node. It travels as
 * JSON, so it must be a record of plain values (ids, enums, numbers, text).
 */
public interface LiveEvent {
}
