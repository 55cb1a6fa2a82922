-- The sandbox's simulated vendor tasks: what was asked (the vendor's own request body), when it is
-- done, how it ended, the file it made, and whether its callback was made.
CREATE TABLE sandbox_task (
    id            VARCHAR(80)   PRIMARY KEY,
    api           VARCHAR(24)   NOT NULL,
    request       VARCHAR(8000) NOT NULL,
    callback_url  VARCHAR(2048),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    result_file   VARCHAR(200),
    error_code    VARCHAR(60),
    error_message VARCHAR(500),
    finished_at   TIMESTAMP WITH TIME ZONE,
    called_back   BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT sandbox_task_status_check CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED'))
);

CREATE INDEX sandbox_task_due ON sandbox_task (status, due_at);
