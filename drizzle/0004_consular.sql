CREATE TABLE "consular_registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"mission_id" uuid NOT NULL,
	"country_iso2" text NOT NULL,
	"city" text NOT NULL,
	"address" text NOT NULL,
	"employer" text,
	"arrival_date" text NOT NULL,
	"stay_months" integer NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"status" text DEFAULT 'submitted' NOT NULL,
	"confirmed_by" text,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consular_registration" ADD CONSTRAINT "consular_registration_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consular_registration" ADD CONSTRAINT "consular_registration_mission_id_organisation_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consular_registration" ADD CONSTRAINT "consular_registration_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consular_registration" ADD CONSTRAINT "consular_registration_confirmed_by_auth_user_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."auth_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consular_registration_mission_idx" ON "consular_registration" USING btree ("mission_id","status");--> statement-breakpoint
CREATE INDEX "consular_registration_user_idx" ON "consular_registration" USING btree ("user_id");