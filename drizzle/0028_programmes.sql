CREATE SEQUENCE "public"."programme_signup_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "programme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"country_iso2" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"places" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"quotas" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"documents" jsonb NOT NULL,
	"tests" jsonb NOT NULL,
	"selection" text NOT NULL,
	"lottery_seed" text,
	"selected_at" timestamp with time zone,
	"source" jsonb,
	"needs_review" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "programme_booking" (
	"signup_id" uuid PRIMARY KEY NOT NULL,
	"slot_id" uuid NOT NULL,
	"booked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_cohort" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"batch_id" uuid NOT NULL,
	"recipients" integer NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_signup" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"reference" text NOT NULL,
	"code_hash" text NOT NULL,
	"user_id" text,
	"full_name" text NOT NULL,
	"phone" text NOT NULL,
	"birth_date" text NOT NULL,
	"sex" text NOT NULL,
	"region_code" text NOT NULL,
	"language_level" text NOT NULL,
	"health_declared" boolean NOT NULL,
	"previous_participation" boolean NOT NULL,
	"locale" text NOT NULL,
	"stage" text NOT NULL,
	"reason" text,
	"check_result" text,
	"rank" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_signup_seq_unique" UNIQUE("seq"),
	CONSTRAINT "programme_signup_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "programme_slot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "programme_slot_capacity" CHECK ("programme_slot"."booked" >= 0 and "programme_slot"."booked" <= "programme_slot"."capacity")
);
--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_booking" ADD CONSTRAINT "programme_booking_signup_id_programme_signup_id_fk" FOREIGN KEY ("signup_id") REFERENCES "public"."programme_signup"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_booking" ADD CONSTRAINT "programme_booking_slot_id_programme_slot_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."programme_slot"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_cohort" ADD CONSTRAINT "programme_cohort_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_cohort" ADD CONSTRAINT "programme_cohort_created_by_auth_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_signup" ADD CONSTRAINT "programme_signup_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_signup" ADD CONSTRAINT "programme_signup_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_signup" ADD CONSTRAINT "programme_signup_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_slot" ADD CONSTRAINT "programme_slot_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_slot" ADD CONSTRAINT "programme_slot_office_id_organisation_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "programme_signup_phone_uq" ON "programme_signup" USING btree ("programme_id","phone");--> statement-breakpoint
CREATE INDEX "programme_signup_stage_idx" ON "programme_signup" USING btree ("programme_id","stage");--> statement-breakpoint
CREATE INDEX "programme_signup_user_idx" ON "programme_signup" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "programme_slot_idx" ON "programme_slot" USING btree ("programme_id","starts_at");