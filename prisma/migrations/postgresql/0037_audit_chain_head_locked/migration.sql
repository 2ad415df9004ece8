-- The audit chain's head, read once its writer's lock is granted, in one round trip (decision 106).
-- A VOLATILE function's statements each take a fresh snapshot under READ COMMITTED, so the SELECT
-- sees the entry of the writer that held the lock before: two writers never link to one predecessor.
-- The body's statements end in \073 (a semicolon): the migration runner splits a script at each one.
CREATE FUNCTION "audit_chain_head_locked"(lock_key BIGINT)
RETURNS TABLE ("id" INTEGER, "hash" TEXT, "seq" INTEGER, "keyId" TEXT)
LANGUAGE plpgsql VOLATILE AS E'
BEGIN
  PERFORM pg_advisory_xact_lock(lock_key)\073
  RETURN QUERY SELECT e."id", e."hash", e."seq", e."keyId" FROM "AuditEntry" e ORDER BY e."id" DESC LIMIT 1\073
END
';
