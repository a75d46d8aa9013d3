-- Failed logins per account name, to throttle password guessing (see docs/adr/0014). One small row per
-- name that failed recently; a successful login deletes it. Shared by every node of the application.
CREATE TABLE web_login_throttle (
    user_name       VARCHAR(64)              NOT NULL PRIMARY KEY,
    failures        INTEGER                  NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_web_login_throttle_last ON web_login_throttle (last_failure_at);
