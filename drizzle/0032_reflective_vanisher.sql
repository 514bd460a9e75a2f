ALTER TABLE "return_referral" ADD COLUMN "to_organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "return_referral" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "return_referral" ADD CONSTRAINT "return_referral_to_organisation_id_organisation_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "return_referral_to_idx" ON "return_referral" USING btree ("to_organisation_id","outcome","due_on");--> statement-breakpoint
-- Referrals made before routing: the centre that made them is responsible, 14 days (10 working days) after the referral.
UPDATE "return_referral" f SET "to_organisation_id" = r."centre_id", "due_on" = f."referred_on" + 14 FROM "return_request" r WHERE r."id" = f."request_id";
