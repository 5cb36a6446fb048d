-- AlterEnum
ALTER TYPE "KernelState" ADD VALUE 'LOST';

-- AlterTable
ALTER TABLE "Cell" ADD COLUMN     "updatedById" TEXT;

-- AddForeignKey
ALTER TABLE "Cell" ADD CONSTRAINT "Cell_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
