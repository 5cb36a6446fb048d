/*
  Warnings:

  - A unique constraint covering the columns `[monitorResultId]` on the table `Alert` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "TokenScope" AS ENUM ('FULL', 'ENDPOINTS');

-- CreateEnum
CREATE TYPE "ModelVersionStatus" AS ENUM ('READY', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "DeploymentStatus" AS ENUM ('LIVE', 'RETIRED');

-- CreateEnum
CREATE TYPE "ReplicaStatus" AS ENUM ('PENDING', 'STARTING', 'READY', 'CRASHED', 'STOPPED');

-- AlterTable
ALTER TABLE "Alert" ADD COLUMN     "monitorResultId" TEXT,
ADD COLUMN     "webhookStatus" TEXT;

-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "scope" "TokenScope" NOT NULL DEFAULT 'FULL';

-- CreateTable
CREATE TABLE "RegisteredModel" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegisteredModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelVersion" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "flavor" TEXT NOT NULL,
    "signature" JSONB,
    "metrics" JSONB NOT NULL DEFAULT '{}',
    "fileKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "runId" TEXT,
    "runArtifactPath" TEXT,
    "datasetVersionId" TEXT,
    "status" "ModelVersionStatus" NOT NULL DEFAULT 'READY',
    "description" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelAlias" (
    "modelId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModelAlias_pkey" PRIMARY KEY ("modelId","alias")
);

-- CreateTable
CREATE TABLE "Endpoint" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "capturePercent" DOUBLE PRECISION NOT NULL DEFAULT 10,
    "rollbackErrorRate" DOUBLE PRECISION NOT NULL DEFAULT 0.2,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Endpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EndpointDeployment" (
    "id" TEXT NOT NULL,
    "endpointId" TEXT NOT NULL,
    "modelVersionId" TEXT NOT NULL,
    "trafficPercent" INTEGER NOT NULL,
    "replicaCount" INTEGER NOT NULL,
    "gpus" INTEGER NOT NULL DEFAULT 0,
    "status" "DeploymentStatus" NOT NULL DEFAULT 'LIVE',
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "EndpointDeployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EndpointReplica" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "workerId" TEXT,
    "status" "ReplicaStatus" NOT NULL DEFAULT 'PENDING',
    "url" TEXT,
    "secret" TEXT NOT NULL,
    "restarts" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EndpointReplica_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EndpointRequest" (
    "id" BIGSERIAL NOT NULL,
    "endpointId" TEXT NOT NULL,
    "deploymentId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "protocol" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "latencyMs" DOUBLE PRECISION NOT NULL,
    "inputs" JSONB,
    "outputs" JSONB,
    "error" TEXT,

    CONSTRAINT "EndpointRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EndpointStat" (
    "endpointId" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "requests" INTEGER NOT NULL,
    "errors" INTEGER NOT NULL,
    "p50Ms" DOUBLE PRECISION NOT NULL,
    "p95Ms" DOUBLE PRECISION NOT NULL,
    "p99Ms" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "EndpointStat_pkey" PRIMARY KEY ("deploymentId","at")
);

-- CreateTable
CREATE TABLE "Monitor" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "endpointId" TEXT NOT NULL,
    "datasetVersionId" TEXT NOT NULL,
    "baseline" JSONB NOT NULL,
    "windowMinutes" INTEGER NOT NULL DEFAULT 60,
    "thresholds" JSONB NOT NULL DEFAULT '{}',
    "webhookUrl" TEXT,
    "computedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Monitor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitorResult" (
    "id" TEXT NOT NULL,
    "monitorId" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "windowEnd" TIMESTAMP(3) NOT NULL,
    "rows" INTEGER NOT NULL,
    "features" JSONB NOT NULL,
    "drifted" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitorResult_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegisteredModel_teamId_name_key" ON "RegisteredModel"("teamId", "name");

-- CreateIndex
CREATE INDEX "ModelVersion_teamId_idx" ON "ModelVersion"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "ModelVersion_modelId_number_key" ON "ModelVersion"("modelId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Endpoint_teamId_name_key" ON "Endpoint"("teamId", "name");

-- CreateIndex
CREATE INDEX "EndpointDeployment_endpointId_status_idx" ON "EndpointDeployment"("endpointId", "status");

-- CreateIndex
CREATE INDEX "EndpointReplica_teamId_status_idx" ON "EndpointReplica"("teamId", "status");

-- CreateIndex
CREATE INDEX "EndpointReplica_workerId_idx" ON "EndpointReplica"("workerId");

-- CreateIndex
CREATE INDEX "EndpointRequest_endpointId_at_idx" ON "EndpointRequest"("endpointId", "at");

-- CreateIndex
CREATE INDEX "EndpointStat_endpointId_at_idx" ON "EndpointStat"("endpointId", "at");

-- CreateIndex
CREATE INDEX "Monitor_teamId_idx" ON "Monitor"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "MonitorResult_monitorId_windowStart_key" ON "MonitorResult"("monitorId", "windowStart");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_monitorResultId_key" ON "Alert"("monitorResultId");

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_monitorResultId_fkey" FOREIGN KEY ("monitorResultId") REFERENCES "MonitorResult"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisteredModel" ADD CONSTRAINT "RegisteredModel_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "RegisteredModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_datasetVersionId_fkey" FOREIGN KEY ("datasetVersionId") REFERENCES "DatasetVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelAlias" ADD CONSTRAINT "ModelAlias_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "RegisteredModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelAlias" ADD CONSTRAINT "ModelAlias_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endpoint" ADD CONSTRAINT "Endpoint_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endpoint" ADD CONSTRAINT "Endpoint_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndpointDeployment" ADD CONSTRAINT "EndpointDeployment_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "Endpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndpointDeployment" ADD CONSTRAINT "EndpointDeployment_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndpointReplica" ADD CONSTRAINT "EndpointReplica_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndpointReplica" ADD CONSTRAINT "EndpointReplica_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "EndpointDeployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndpointReplica" ADD CONSTRAINT "EndpointReplica_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndpointRequest" ADD CONSTRAINT "EndpointRequest_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "Endpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndpointRequest" ADD CONSTRAINT "EndpointRequest_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "EndpointDeployment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndpointStat" ADD CONSTRAINT "EndpointStat_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "Endpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndpointStat" ADD CONSTRAINT "EndpointStat_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "EndpointDeployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Monitor" ADD CONSTRAINT "Monitor_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Monitor" ADD CONSTRAINT "Monitor_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "Endpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Monitor" ADD CONSTRAINT "Monitor_datasetVersionId_fkey" FOREIGN KEY ("datasetVersionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitorResult" ADD CONSTRAINT "MonitorResult_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "Monitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
