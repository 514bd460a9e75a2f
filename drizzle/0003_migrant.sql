CREATE TABLE "checklist_tick" (
	"user_id" text NOT NULL,
	"country_iso2" text NOT NULL,
	"item" text NOT NULL,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklist_tick_user_id_country_iso2_item_pk" PRIMARY KEY("user_id","country_iso2","item")
);
--> statement-breakpoint
CREATE TABLE "consent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"purpose" text NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "migrant_profile" (
	"user_id" text PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"birth_date" text,
	"sex" text,
	"region_code" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"education" text,
	"desired_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "migrant_skill" (
	"user_id" text NOT NULL,
	"occupation_code" text NOT NULL,
	"years" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "migrant_skill_user_id_occupation_code_pk" PRIMARY KEY("user_id","occupation_code")
);
--> statement-breakpoint
ALTER TABLE "checklist_tick" ADD CONSTRAINT "checklist_tick_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_tick" ADD CONSTRAINT "checklist_tick_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "migrant_profile" ADD CONSTRAINT "migrant_profile_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "migrant_profile" ADD CONSTRAINT "migrant_profile_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "migrant_skill" ADD CONSTRAINT "migrant_skill_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "migrant_skill" ADD CONSTRAINT "migrant_skill_occupation_code_occupation_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupation"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_user_idx" ON "consent" USING btree ("user_id","purpose");