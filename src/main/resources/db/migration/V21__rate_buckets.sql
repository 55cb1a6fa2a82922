-- Token buckets shared by every node on PostgreSQL (sign-in attempts, API requests): Bucket4j's state,
-- and when the row may go (milliseconds since 1970) once the bucket is full again.
CREATE TABLE rate_bucket (
    id          VARCHAR(300) PRIMARY KEY,
    state       BYTEA,
    expires_at  BIGINT
);
CREATE INDEX rate_bucket_expires_idx ON rate_bucket (expires_at);
