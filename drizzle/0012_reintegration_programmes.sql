CREATE TABLE "reintegration_programme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"name" jsonb NOT NULL,
	"provider" text NOT NULL,
	"organisation_id" uuid,
	"source" jsonb,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reintegration_programme_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "return_referral" ADD COLUMN "programme_id" uuid;--> statement-breakpoint
ALTER TABLE "reintegration_programme" ADD CONSTRAINT "reintegration_programme_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_referral" ADD CONSTRAINT "return_referral_programme_id_reintegration_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."reintegration_programme"("id") ON DELETE no action ON UPDATE no action;