-- Users of the system and their roles. Passwords are PBKDF2 hashes (Jakarta Security Pbkdf2PasswordHash).
CREATE TABLE web_user_account (
    user_name     VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    roles         VARCHAR(400) NOT NULL,
    team          VARCHAR(64),
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
