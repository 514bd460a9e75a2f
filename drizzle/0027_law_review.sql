ALTER TABLE "law" ADD COLUMN "status_source" jsonb;--> statement-breakpoint
ALTER TABLE "law" ADD COLUMN "reviewed_on" text;