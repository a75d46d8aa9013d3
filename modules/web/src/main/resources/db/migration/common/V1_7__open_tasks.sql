-- The task list's read model (ADR 0022): one row per open user task, with what the list shows, filters and sorts
-- on. Kept by the engine's task listener in the transaction of the task change (TaskChanged); rebuilt from the
-- engine at start when it does not match. The engine stays the truth about tasks.
CREATE TABLE web_open_task (
    id                VARCHAR(64)   NOT NULL PRIMARY KEY,
    name              VARCHAR(200)  NOT NULL,
    stage             VARCHAR(100)  NOT NULL,
    process_key       VARCHAR(100),
    workflow          VARCHAR(40),
    case_id           VARCHAR(64),
    case_number       VARCHAR(40),
    case_number_key   VARCHAR(40),
    case_label        VARCHAR(400),
    citizen           VARCHAR(20),
    citizen_bsn_hash  VARCHAR(100),
    benefit_type      VARCHAR(40),
    deadline          DATE,
    created_at        TIMESTAMP WITH TIME ZONE,
    assignee          VARCHAR(64),
    -- ",ROLE_A,ROLE_B," and ",user1,user2,": a LIKE '%,x,%' finds one
    candidate_groups  VARCHAR(400)  NOT NULL,
    excluded_users    VARCHAR(2000) NOT NULL
);

CREATE INDEX ix_web_open_task_assignee ON web_open_task (assignee, deadline);
CREATE INDEX ix_web_open_task_deadline ON web_open_task (deadline, created_at, id);
CREATE INDEX ix_web_open_task_benefit ON web_open_task (benefit_type, deadline);
CREATE INDEX ix_web_open_task_case ON web_open_task (case_id);
CREATE INDEX ix_web_open_task_citizen ON web_open_task (citizen_bsn_hash);
