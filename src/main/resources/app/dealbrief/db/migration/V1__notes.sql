-- Notes are the truth; everything else (briefings, search index) is derived from them.
CREATE TABLE note (
    id            VARCHAR(36)   PRIMARY KEY,
    account       VARCHAR(300)  NOT NULL,
    account_key   VARCHAR(300)  NOT NULL,
    title         VARCHAR(2000) NOT NULL,
    note_date     DATE,
    note_type     VARCHAR(200),
    source        VARCHAR(200),
    path          VARCHAR(4096),
    text          CLOB          NOT NULL,
    content_hash  VARCHAR(64)   NOT NULL,
    base_text     CLOB,
    fingerprint   BIGINT        NOT NULL,
    duplicate_of  VARCHAR(36),
    flags         VARCHAR(2000) DEFAULT '' NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    deleted_at    TIMESTAMP
);
CREATE UNIQUE INDEX note_path ON note (path);
CREATE INDEX note_account ON note (account_key, note_date);

-- Every earlier text of a note: nothing is ever overwritten.
CREATE TABLE note_revision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    note_id     VARCHAR(36) NOT NULL,
    text        CLOB        NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    created_at  TIMESTAMP   NOT NULL
);
CREATE INDEX note_revision_note ON note_revision (note_id, id);

-- Wiki links out of each note: account stubs and backlinks come from here.
CREATE TABLE note_link (
    note_id     VARCHAR(36)  NOT NULL,
    target_key  VARCHAR(300) NOT NULL,
    target      VARCHAR(300) NOT NULL,
    PRIMARY KEY (note_id, target_key)
);
CREATE INDEX note_link_target ON note_link (target_key);

CREATE TABLE preference (
    pref_key    VARCHAR(200)   PRIMARY KEY,
    pref_value  VARCHAR(20000)
);
