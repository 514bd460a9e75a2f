CREATE TABLE "diaspora_association" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"organisation_id" uuid,
	"name" jsonb NOT NULL,
	"country_iso2" text NOT NULL,
	"city" text,
	"help" text[] NOT NULL,
	"description" jsonb NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"source" jsonb,
	"needs_review" boolean DEFAULT true NOT NULL,
	"verified_at" timestamp with time zone,
	"verified_by" text,
	"verified_by_organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "diaspora_association_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "diaspora_association" ADD CONSTRAINT "diaspora_association_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diaspora_association" ADD CONSTRAINT "diaspora_association_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diaspora_association" ADD CONSTRAINT "diaspora_association_verified_by_auth_user_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diaspora_association" ADD CONSTRAINT "diaspora_association_verified_by_organisation_id_organisation_id_fk" FOREIGN KEY ("verified_by_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "diaspora_country_idx" ON "diaspora_association" USING btree ("country_iso2","verified_at");