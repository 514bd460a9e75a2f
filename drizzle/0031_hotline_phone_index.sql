ALTER TABLE "hotline_call" ADD COLUMN "phone_index" text;--> statement-breakpoint
CREATE INDEX "hotline_call_phone_idx" ON "hotline_call" USING btree ("phone_index");