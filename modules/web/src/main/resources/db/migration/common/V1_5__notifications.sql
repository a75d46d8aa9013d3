-- Notices to people about their cases (kernel Notice, see docs/api.md "Notifications"): for one user
-- (recipient_user) or for every user holding a role (recipient_role), never both. Only what the task list
-- shows of a case (case_label); no citizen data. Written in the transaction of the change that caused it.
CREATE TABLE web_notification (
    id             VARCHAR(36)              NOT NULL PRIMARY KEY,
    recipient_user VARCHAR(64),
    recipient_role VARCHAR(32),
    kind           VARCHAR(40)              NOT NULL,
    workflow       VARCHAR(40)              NOT NULL,
    case_id        VARCHAR(64)              NOT NULL,
    case_label     VARCHAR(200)             NOT NULL,
    text_nl        VARCHAR(1000)            NOT NULL,
    sender         VARCHAR(64)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_web_notification_recipient
        CHECK ((recipient_user IS NULL AND recipient_role IS NOT NULL)
            OR (recipient_user IS NOT NULL AND recipient_role IS NULL))
);

-- "my notices, newest first" and "my unread count": by user and by role, each in time order
CREATE INDEX ix_web_notification_user ON web_notification (recipient_user, created_at);
CREATE INDEX ix_web_notification_role ON web_notification (recipient_role, created_at);

-- Who has read which notice: one row per (notice, user), so a notice for a role is read per user.
CREATE TABLE web_notification_read (
    notification_id VARCHAR(36)              NOT NULL,
    user_name       VARCHAR(64)              NOT NULL,
    read_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_web_notification_read PRIMARY KEY (notification_id, user_name),
    CONSTRAINT fk_web_notification_read FOREIGN KEY (notification_id) REFERENCES web_notification (id)
        ON DELETE CASCADE
);

CREATE INDEX ix_web_notification_read_user ON web_notification_read (user_name);
