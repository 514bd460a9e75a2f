CREATE TABLE "agency" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"tax_number" text NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"branches" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agency_tax_number_unique" UNIQUE("tax_number")
);
--> statement-breakpoint
CREATE TABLE "application" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vacancy_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"message" text,
	"state" text DEFAULT 'submitted' NOT NULL,
	"state_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"state" text NOT NULL,
	"note" text,
	"actor_user_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "licence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"number" text NOT NULL,
	"number_key" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"countries" text[] NOT NULL,
	"deposit_amount" numeric(14, 2) NOT NULL,
	"deposit_currency" text NOT NULL,
	"state" text DEFAULT 'active' NOT NULL,
	"suspended_until" date,
	"state_reason" text,
	"reminded_for" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "licence_number_key_unique" UNIQUE("number_key")
);
--> statement-breakpoint
CREATE TABLE "licence_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"licence_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"until_date" date,
	"actor_user_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vacancy" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"programme" text,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"employer_name" text NOT NULL,
	"country_iso2" text NOT NULL,
	"city" text NOT NULL,
	"sector" text NOT NULL,
	"occupation_code" text NOT NULL,
	"salary_min" numeric(14, 2) NOT NULL,
	"salary_max" numeric(14, 2),
	"currency" text NOT NULL,
	"pay_period" text NOT NULL,
	"monthly_min" numeric(14, 2) NOT NULL,
	"hours_per_week" integer NOT NULL,
	"housing" text NOT NULL,
	"contract_months" integer NOT NULL,
	"worker_fee" numeric(14, 2) DEFAULT '0' NOT NULL,
	"worker_fee_note" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"places" integer DEFAULT 1 NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"closes_on" date,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agency" ADD CONSTRAINT "agency_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_vacancy_id_vacancy_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancy"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_event" ADD CONSTRAINT "application_event_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_event" ADD CONSTRAINT "application_event_actor_user_id_auth_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence" ADD CONSTRAINT "licence_agency_id_agency_organisation_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_event" ADD CONSTRAINT "licence_event_licence_id_licence_id_fk" FOREIGN KEY ("licence_id") REFERENCES "public"."licence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_event" ADD CONSTRAINT "licence_event_actor_user_id_auth_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."auth_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy" ADD CONSTRAINT "vacancy_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy" ADD CONSTRAINT "vacancy_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy" ADD CONSTRAINT "vacancy_occupation_code_occupation_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupation"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agency_search_trgm" ON "agency" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "application_once_uq" ON "application" USING btree ("vacancy_id","user_id");--> statement-breakpoint
CREATE INDEX "application_user_idx" ON "application" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "application_event_idx" ON "application_event" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "licence_agency_idx" ON "licence" USING btree ("agency_id","issued_on");--> statement-breakpoint
CREATE INDEX "licence_expiry_idx" ON "licence" USING btree ("expires_on");--> statement-breakpoint
CREATE INDEX "licence_event_licence_idx" ON "licence_event" USING btree ("licence_id","at");--> statement-breakpoint
CREATE INDEX "vacancy_public_idx" ON "vacancy" USING btree ("country_iso2","created_at") WHERE state = 'open';--> statement-breakpoint
CREATE INDEX "vacancy_open_recent_idx" ON "vacancy" USING btree ("created_at") WHERE state = 'open';--> statement-breakpoint
CREATE INDEX "vacancy_org_idx" ON "vacancy" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "vacancy_search_trgm" ON "vacancy" USING gin ("search_text" gin_trgm_ops);