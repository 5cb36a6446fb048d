-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('RUNNING', 'FINISHED', 'FAILED');

-- CreateEnum
CREATE TYPE "RunChartKind" AS ENUM ('CONFUSION', 'HISTOGRAM');

-- AlterTable
ALTER TABLE "Execution" ADD COLUMN     "userId" TEXT;

-- CreateTable
CREATE TABLE "Run" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'RUNNING',
    "params" JSONB NOT NULL DEFAULT '{}',
    "tags" TEXT[],
    "summary" JSONB NOT NULL DEFAULT '{}',
    "createdById" TEXT,
    "notebookId" TEXT,
    "workerId" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunMetric" (
    "id" SERIAL NOT NULL,
    "runId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "lastStep" BIGINT,
    "lastValue" DOUBLE PRECISION,
    "minValue" DOUBLE PRECISION,
    "maxValue" DOUBLE PRECISION,
    "nonFiniteCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RunMetric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetricPoint" (
    "metricId" INTEGER NOT NULL,
    "step" BIGINT NOT NULL,
    "time" DOUBLE PRECISION NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "MetricPoint_pkey" PRIMARY KEY ("metricId","step")
);

-- CreateTable
CREATE TABLE "RunChart" (
    "id" SERIAL NOT NULL,
    "runId" TEXT NOT NULL,
    "kind" "RunChartKind" NOT NULL,
    "name" TEXT NOT NULL,
    "step" BIGINT NOT NULL,
    "time" DOUBLE PRECISION NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "RunChart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunArtifact" (
    "id" SERIAL NOT NULL,
    "runId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "model" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RunArtifact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Run_teamId_projectId_startedAt_idx" ON "Run"("teamId", "projectId", "startedAt");

-- CreateIndex
CREATE INDEX "Run_teamId_startedAt_idx" ON "Run"("teamId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RunMetric_runId_key_key" ON "RunMetric"("runId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "RunChart_runId_kind_name_step_key" ON "RunChart"("runId", "kind", "name", "step");

-- CreateIndex
CREATE UNIQUE INDEX "RunArtifact_runId_path_key" ON "RunArtifact"("runId", "path");

-- AddForeignKey
ALTER TABLE "Execution" ADD CONSTRAINT "Execution_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_notebookId_fkey" FOREIGN KEY ("notebookId") REFERENCES "Notebook"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunMetric" ADD CONSTRAINT "RunMetric_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricPoint" ADD CONSTRAINT "MetricPoint_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "RunMetric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunChart" ADD CONSTRAINT "RunChart_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunArtifact" ADD CONSTRAINT "RunArtifact_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- CreateTable
CREATE TABLE "MetricRollup" (
    "metricId" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "bucket" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,
    "minStep" BIGINT NOT NULL,
    "minTime" DOUBLE PRECISION NOT NULL,
    "minValue" DOUBLE PRECISION NOT NULL,
    "maxStep" BIGINT NOT NULL,
    "maxTime" DOUBLE PRECISION NOT NULL,
    "maxValue" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "MetricRollup_pkey" PRIMARY KEY ("metricId","width","bucket")
);

-- AddForeignKey
ALTER TABLE "MetricRollup" ADD CONSTRAINT "MetricRollup_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "RunMetric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

