-- Proposals, the transactional outbox, the hash-chained audit trail, automation policies and people.

CREATE TABLE gov_proposal (
    id              VARCHAR(64)              PRIMARY KEY,
    idempotency_key VARCHAR(100)             NOT NULL UNIQUE,
    workflow        VARCHAR(32)              NOT NULL,
    action_json     CHARACTER VARYING                     NOT NULL,
    amount          NUMERIC(19, 4)           NOT NULL,
    currency        CHAR(3)                  NOT NULL,
    confidence      NUMERIC(6, 5)            NOT NULL,
    risk            NUMERIC(6, 5)            NOT NULL,
    reasons_json    CHARACTER VARYING                     NOT NULL,
    proposed_by     VARCHAR(100)             NOT NULL,
    state           VARCHAR(32)              NOT NULL,
    assignee        VARCHAR(200)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by      VARCHAR(100),
    attempts        INTEGER                  NOT NULL DEFAULT 0,
    outcome         CHARACTER VARYING                     NOT NULL DEFAULT ''
);
CREATE INDEX gov_proposal_expiring ON gov_proposal (state, expires_at);
CREATE INDEX gov_proposal_assignee ON gov_proposal (assignee, state);

-- A row here means: decided for execution, not yet executed. Written in the deciding transaction.
CREATE TABLE gov_outbox (
    proposal_id VARCHAR(64)              PRIMARY KEY REFERENCES gov_proposal (id),
    not_before  TIMESTAMP WITH TIME ZONE NOT NULL,
    enqueued_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX gov_outbox_due ON gov_outbox (not_before);

CREATE TABLE gov_audit (
    sequence      BIGINT                   PRIMARY KEY,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    kind          VARCHAR(32)              NOT NULL,
    actor         VARCHAR(200)             NOT NULL,
    channel       VARCHAR(16)              NOT NULL,
    proposal_id   VARCHAR(64)              NOT NULL,
    details       CHARACTER VARYING                     NOT NULL,
    previous_hash CHAR(64)                 NOT NULL,
    hash          CHAR(64)                 NOT NULL
);
CREATE INDEX gov_audit_at ON gov_audit (at);
CREATE INDEX gov_audit_proposal ON gov_audit (proposal_id);

-- The chain head: one row, locked by every append, so concurrent appends form one chain.
CREATE TABLE gov_audit_head (
    id            INTEGER  PRIMARY KEY CHECK (id = 1),
    last_sequence BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL
);
INSERT INTO gov_audit_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only: a trigger refuses every UPDATE and DELETE.
CREATE TRIGGER gov_audit_no_update BEFORE UPDATE ON gov_audit
    FOR EACH ROW CALL "org.arbot.app.governance.H2AppendOnlyTrigger";
CREATE TRIGGER gov_audit_no_delete BEFORE DELETE ON gov_audit
    FOR EACH ROW CALL "org.arbot.app.governance.H2AppendOnlyTrigger";

-- Automation mode and thresholds changed at run time; a workflow missing here runs on its configured defaults.
CREATE TABLE gov_workflow_policy (
    workflow       VARCHAR(32)              PRIMARY KEY,
    mode           VARCHAR(16)              NOT NULL,
    max_amount     NUMERIC(19, 4)           NOT NULL,
    currency       CHAR(3)                  NOT NULL,
    min_confidence NUMERIC(6, 5)            NOT NULL,
    risk_ceiling   NUMERIC(6, 5)            NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- People managed in the database; they take precedence over arbot.governance.people with the same id.
CREATE TABLE gov_person (
    id           VARCHAR(100) PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    roles        VARCHAR(200) NOT NULL,
    slack_id     VARCHAR(100) UNIQUE,
    teams_id     VARCHAR(100) UNIQUE,
    console_id   VARCHAR(100) UNIQUE,
    intacct_user VARCHAR(100),
    manager      VARCHAR(100),
    limits       VARCHAR(1000) NOT NULL DEFAULT ''
);
