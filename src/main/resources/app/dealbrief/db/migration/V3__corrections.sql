-- What the user corrected on briefings. A correction names its fact by the source sentence and the fact's key
-- fields (never by a row id), so it survives re-import, edits and re-extraction of the notes.
CREATE TABLE correction (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account      VARCHAR(300)  NOT NULL,
    account_key  VARCHAR(300)  NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    fact         VARCHAR(20)   NOT NULL,
    sentence     VARCHAR(20000),
    key1         VARCHAR(4000),
    key2         VARCHAR(4000),
    key3         VARCHAR(100),
    -- the user's values for EDIT and ADD (the columns of the fact's kind)
    agreement    VARCHAR(4000),
    parties      VARCHAR(4000),
    category     VARCHAR(100),
    text         VARCHAR(20000),
    amount_usd   BIGINT,
    gigawatts    DOUBLE PRECISION,
    term_year    INT,
    negated      BOOLEAN,
    vendor       VARCHAR(300),
    family       VARCHAR(300),
    role         VARCHAR(100),
    evidence     VARCHAR(20000),
    headline     VARCHAR(4000),
    rationale    VARCHAR(20000),
    created_at   TIMESTAMP     NOT NULL
);
CREATE INDEX correction_account ON correction (account_key, id);

-- The status the user set on a pitch, per account and normalised headline.
CREATE TABLE pitch_status (
    account_key   VARCHAR(300)  NOT NULL,
    headline_key  VARCHAR(4000) NOT NULL,
    account       VARCHAR(300)  NOT NULL,
    headline      VARCHAR(4000) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    PRIMARY KEY (account_key, headline_key)
);
