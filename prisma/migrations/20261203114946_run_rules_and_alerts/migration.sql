-- CreateEnum
CREATE TYPE "RunRuleStatus" AS ENUM ('WATCHING', 'FIRED');

-- CreateTable
CREATE TABLE "RunRule" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "spec" JSONB NOT NULL,
    "isStopping" BOOLEAN NOT NULL DEFAULT false,
    "status" "RunRuleStatus" NOT NULL DEFAULT 'WATCHING',
    "bestValue" DOUBLE PRECISION,
    "bestStep" BIGINT,
    "firedStep" BIGINT,
    "firedAt" TIMESTAMP(3),
    "message" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RunRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "runId" TEXT,
    "ruleId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RunRule_runId_status_idx" ON "RunRule"("runId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_ruleId_key" ON "Alert"("ruleId");

-- CreateIndex
CREATE INDEX "Alert_teamId_createdAt_idx" ON "Alert"("teamId", "createdAt");

-- AddForeignKey
ALTER TABLE "RunRule" ADD CONSTRAINT "RunRule_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "RunRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;
