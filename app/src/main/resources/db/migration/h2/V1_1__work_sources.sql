-- The source documents (orders, bank lines) the work loop has already proposed for, so it never proposes twice.
CREATE TABLE work_source (
    source      VARCHAR(200) PRIMARY KEY,
    proposal_id VARCHAR(64),
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
