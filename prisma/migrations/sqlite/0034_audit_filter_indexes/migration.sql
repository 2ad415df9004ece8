-- CreateIndex
CREATE INDEX "AuditEntry_actorId_id_idx" ON "AuditEntry"("actorId", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_bureauId_id_idx" ON "AuditEntry"("bureauId", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_bureauId_at_idx" ON "AuditEntry"("bureauId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_bureauId_action_idx" ON "AuditEntry"("bureauId", "action");

-- CreateIndex
CREATE INDEX "AuditEntry_action_id_idx" ON "AuditEntry"("action", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_entityId_id_idx" ON "AuditEntry"("entityId", "id");
