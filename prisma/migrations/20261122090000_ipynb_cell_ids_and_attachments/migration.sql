-- AlterTable
ALTER TABLE "Cell" ADD COLUMN     "ipynbId" TEXT,
ADD COLUMN     "attachments" JSONB;

-- CreateIndex
CREATE UNIQUE INDEX "Cell_notebookId_ipynbId_key" ON "Cell"("notebookId", "ipynbId");
