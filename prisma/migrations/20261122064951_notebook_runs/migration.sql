-- CreateEnum
CREATE TYPE "NotebookRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT', 'LOST');

-- AlterTable
ALTER TABLE "Execution" ADD COLUMN     "runId" TEXT;

-- CreateTable
CREATE TABLE "NotebookRun" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "notebookId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "status" "NotebookRunStatus" NOT NULL DEFAULT 'QUEUED',
    "stopOnError" BOOLEAN NOT NULL DEFAULT true,
    "timeoutSeconds" INTEGER,
    "errorCellId" TEXT,
    "errorName" TEXT,
    "errorValue" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "NotebookRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NotebookRun_notebookId_createdAt_idx" ON "NotebookRun"("notebookId", "createdAt");

-- CreateIndex
CREATE INDEX "NotebookRun_status_idx" ON "NotebookRun"("status");

-- CreateIndex
CREATE INDEX "Execution_runId_idx" ON "Execution"("runId");

-- AddForeignKey
ALTER TABLE "Execution" ADD CONSTRAINT "Execution_runId_fkey" FOREIGN KEY ("runId") REFERENCES "NotebookRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotebookRun" ADD CONSTRAINT "NotebookRun_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotebookRun" ADD CONSTRAINT "NotebookRun_notebookId_fkey" FOREIGN KEY ("notebookId") REFERENCES "Notebook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotebookRun" ADD CONSTRAINT "NotebookRun_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "KernelSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

