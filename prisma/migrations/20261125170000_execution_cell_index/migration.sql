-- CreateIndex
CREATE INDEX "Execution_cellId_queuedAt_id_idx" ON "Execution"("cellId", "queuedAt", "id");
