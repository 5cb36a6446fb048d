-- CreateEnum
CREATE TYPE "SweepMethod" AS ENUM ('GRID', 'RANDOM', 'TPE');

-- CreateEnum
CREATE TYPE "SweepStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Sweep" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "method" "SweepMethod" NOT NULL,
    "space" JSONB NOT NULL,
    "fixedParams" JSONB NOT NULL DEFAULT '{}',
    "objectiveMetric" TEXT NOT NULL,
    "isMaximized" BOOLEAN NOT NULL,
    "maxTrials" INTEGER NOT NULL,
    "parallelism" INTEGER NOT NULL,
    "earlyStopping" JSONB NOT NULL,
    "seed" INTEGER NOT NULL,
    "command" TEXT NOT NULL,
    "files" JSONB NOT NULL DEFAULT '[]',
    "gpus" INTEGER NOT NULL DEFAULT 0,
    "maxRetries" INTEGER NOT NULL DEFAULT 0,
    "status" "SweepStatus" NOT NULL DEFAULT 'RUNNING',
    "reason" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sweep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SweepTrial" (
    "id" TEXT NOT NULL,
    "sweepId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "params" JSONB NOT NULL,
    "jobId" TEXT NOT NULL,
    "objective" DOUBLE PRECISION,
    "objectiveStep" BIGINT,
    "judgedThroughStep" BIGINT,
    "stopReason" TEXT,

    CONSTRAINT "SweepTrial_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Sweep_teamId_createdAt_idx" ON "Sweep"("teamId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SweepTrial_jobId_key" ON "SweepTrial"("jobId");

-- CreateIndex
CREATE UNIQUE INDEX "SweepTrial_sweepId_number_key" ON "SweepTrial"("sweepId", "number");

-- AddForeignKey
ALTER TABLE "Sweep" ADD CONSTRAINT "Sweep_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sweep" ADD CONSTRAINT "Sweep_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sweep" ADD CONSTRAINT "Sweep_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SweepTrial" ADD CONSTRAINT "SweepTrial_sweepId_fkey" FOREIGN KEY ("sweepId") REFERENCES "Sweep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SweepTrial" ADD CONSTRAINT "SweepTrial_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;
