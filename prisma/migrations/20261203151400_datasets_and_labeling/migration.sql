-- CreateEnum
CREATE TYPE "DatasetFormat" AS ENUM ('TABLE', 'IMAGES', 'TEXT');

-- CreateEnum
CREATE TYPE "LabelingTemplate" AS ENUM ('IMAGE_CLASSIFICATION', 'IMAGE_MULTILABEL', 'OBJECT_DETECTION', 'TEXT_CLASSIFICATION', 'NER');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('UNREVIEWED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "AnnotationStatus" AS ENUM ('SUBMITTED', 'SKIPPED', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ExportStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "Upload" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sizeBytes" DOUBLE PRECISION NOT NULL,
    "receivedBytes" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "Upload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dataset" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Dataset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatasetVersion" (
    "id" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "format" "DatasetFormat" NOT NULL,
    "sizeBytes" DOUBLE PRECISION NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "columns" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatasetVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatasetFile" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" DOUBLE PRECISION NOT NULL,
    "width" INTEGER,
    "height" INTEGER,

    CONSTRAINT "DatasetFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabelingProject" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "datasetVersionId" TEXT NOT NULL,
    "template" "LabelingTemplate" NOT NULL,
    "labels" JSONB NOT NULL,
    "instructions" TEXT NOT NULL DEFAULT '',
    "overlap" INTEGER NOT NULL DEFAULT 1,
    "lockSeconds" INTEGER NOT NULL DEFAULT 600,
    "textColumn" TEXT,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "completedCount" INTEGER NOT NULL DEFAULT 0,
    "reviewedCount" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LabelingProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabelingAssignment" (
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "submittedCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LabelingAssignment_pkey" PRIMARY KEY ("projectId","userId")
);

-- CreateTable
CREATE TABLE "LabelingItem" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "prediction" JSONB,
    "annotationCount" INTEGER NOT NULL DEFAULT 0,
    "isComplete" BOOLEAN NOT NULL DEFAULT false,
    "reviewState" "ReviewState" NOT NULL DEFAULT 'UNREVIEWED',
    "finalResult" JSONB,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),

    CONSTRAINT "LabelingItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabelingLock" (
    "itemId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LabelingLock_pkey" PRIMARY KEY ("itemId","userId")
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "annotatorId" TEXT NOT NULL,
    "result" JSONB,
    "status" "AnnotationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "reviewComment" TEXT,
    "leadTimeMs" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabelingExport" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" "ExportStatus" NOT NULL DEFAULT 'RUNNING',
    "doneItems" INTEGER NOT NULL DEFAULT 0,
    "totalItems" INTEGER NOT NULL,
    "artifactKey" TEXT,
    "fileName" TEXT,
    "error" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "LabelingExport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Upload_teamId_userId_idx" ON "Upload"("teamId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Dataset_teamId_name_key" ON "Dataset"("teamId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "DatasetVersion_datasetId_number_key" ON "DatasetVersion"("datasetId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "DatasetFile_versionId_position_key" ON "DatasetFile"("versionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "DatasetFile_versionId_path_key" ON "DatasetFile"("versionId", "path");

-- CreateIndex
CREATE INDEX "LabelingProject_teamId_createdAt_idx" ON "LabelingProject"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "LabelingAssignment_userId_idx" ON "LabelingAssignment"("userId");

-- CreateIndex
CREATE INDEX "LabelingItem_projectId_isComplete_position_idx" ON "LabelingItem"("projectId", "isComplete", "position");

-- CreateIndex
CREATE UNIQUE INDEX "LabelingItem_projectId_position_key" ON "LabelingItem"("projectId", "position");

-- CreateIndex
CREATE INDEX "LabelingLock_userId_idx" ON "LabelingLock"("userId");

-- CreateIndex
CREATE INDEX "Annotation_projectId_annotatorId_status_idx" ON "Annotation"("projectId", "annotatorId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Annotation_itemId_annotatorId_key" ON "Annotation"("itemId", "annotatorId");

-- CreateIndex
CREATE INDEX "LabelingExport_projectId_createdAt_idx" ON "LabelingExport"("projectId", "createdAt");

-- AddForeignKey
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dataset" ADD CONSTRAINT "Dataset_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetVersion" ADD CONSTRAINT "DatasetVersion_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetVersion" ADD CONSTRAINT "DatasetVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetFile" ADD CONSTRAINT "DatasetFile_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingProject" ADD CONSTRAINT "LabelingProject_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingProject" ADD CONSTRAINT "LabelingProject_datasetVersionId_fkey" FOREIGN KEY ("datasetVersionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingAssignment" ADD CONSTRAINT "LabelingAssignment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "LabelingProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingAssignment" ADD CONSTRAINT "LabelingAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingItem" ADD CONSTRAINT "LabelingItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "LabelingProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingLock" ADD CONSTRAINT "LabelingLock_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LabelingItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LabelingItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_annotatorId_fkey" FOREIGN KEY ("annotatorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingExport" ADD CONSTRAINT "LabelingExport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "LabelingProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;
