ALTER TABLE "case_transition" ALTER COLUMN "note_enc" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "help_case" ALTER COLUMN "narrative_enc" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "help_case" ADD COLUMN "minimised_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "help_case_retention_idx" ON "help_case" USING btree ("closed_at") WHERE status = 'closed' and minimised_at is null;