-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'REPORT_WITHDRAWN';
