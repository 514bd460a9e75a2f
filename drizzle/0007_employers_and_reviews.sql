CREATE TABLE "agency_review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"fee_paid" numeric(14, 2) NOT NULL,
	"currency" text NOT NULL,
	"contract_truthful" text NOT NULL,
	"treatment" integer NOT NULL,
	"recommend" text NOT NULL,
	"comment" text,
	"state" text DEFAULT 'pending' NOT NULL,
	"moderated_by_user_id" text,
	"moderation_note" text,
	"moderated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agency_review_application_id_unique" UNIQUE("application_id")
);
--> statement-breakpoint
CREATE TABLE "employer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"country_iso2" text NOT NULL,
	"city" text NOT NULL,
	"search_text" text NOT NULL,
	"key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_proceeding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"employer_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reviewer_user_id" text,
	"state" text DEFAULT 'review' NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"summary" text,
	"notice_email" text,
	"notice_agency_id" uuid,
	"reply_token_hash" text,
	"reply_due_on" date,
	"reply" text,
	"replied_at" timestamp with time zone,
	"decided_by_user_id" text,
	"decided_at" timestamp with time zone,
	"listed_on" date,
	"listed_until" date,
	"delisted_on" date,
	"appeal_grounds" text,
	"appealed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_proceeding_number_unique" UNIQUE("number"),
	CONSTRAINT "employer_proceeding_reply_token_hash_unique" UNIQUE("reply_token_hash")
);
--> statement-breakpoint
CREATE TABLE "employer_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_name" text NOT NULL,
	"country_iso2" text NOT NULL,
	"city" text NOT NULL,
	"reason" text NOT NULL,
	"description" text NOT NULL,
	"contact" text,
	"reporter_user_id" text,
	"state" text DEFAULT 'new' NOT NULL,
	"proceeding_id" uuid,
	"state_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_proceeding_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proceeding_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"data" jsonb,
	"actor_user_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agency_review" ADD CONSTRAINT "agency_review_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_review" ADD CONSTRAINT "agency_review_agency_id_organisation_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_review" ADD CONSTRAINT "agency_review_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_review" ADD CONSTRAINT "agency_review_moderated_by_user_id_auth_user_id_fk" FOREIGN KEY ("moderated_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer" ADD CONSTRAINT "employer_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_proceeding" ADD CONSTRAINT "employer_proceeding_employer_id_employer_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_proceeding" ADD CONSTRAINT "employer_proceeding_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_proceeding" ADD CONSTRAINT "employer_proceeding_reviewer_user_id_auth_user_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_proceeding" ADD CONSTRAINT "employer_proceeding_notice_agency_id_organisation_id_fk" FOREIGN KEY ("notice_agency_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_proceeding" ADD CONSTRAINT "employer_proceeding_decided_by_user_id_auth_user_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_report" ADD CONSTRAINT "employer_report_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_report" ADD CONSTRAINT "employer_report_reporter_user_id_auth_user_id_fk" FOREIGN KEY ("reporter_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_report" ADD CONSTRAINT "employer_report_proceeding_id_employer_proceeding_id_fk" FOREIGN KEY ("proceeding_id") REFERENCES "public"."employer_proceeding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_proceeding_event" ADD CONSTRAINT "employer_proceeding_event_proceeding_id_employer_proceeding_id_fk" FOREIGN KEY ("proceeding_id") REFERENCES "public"."employer_proceeding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_proceeding_event" ADD CONSTRAINT "employer_proceeding_event_actor_user_id_auth_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agency_review_agency_idx" ON "agency_review" USING btree ("agency_id","state");--> statement-breakpoint
CREATE INDEX "agency_review_pending_idx" ON "agency_review" USING btree ("created_at") WHERE state = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "employer_key_uq" ON "employer" USING btree ("key");--> statement-breakpoint
CREATE INDEX "employer_search_trgm" ON "employer" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "employer_proceeding_state_idx" ON "employer_proceeding" USING btree ("state","updated_at");--> statement-breakpoint
CREATE INDEX "employer_proceeding_employer_idx" ON "employer_proceeding" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "employer_proceeding_public_idx" ON "employer_proceeding" USING btree ("listed_on") WHERE state in ('listed', 'appealed');--> statement-breakpoint
CREATE INDEX "employer_report_state_idx" ON "employer_report" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "employer_report_reporter_idx" ON "employer_report" USING btree ("reporter_user_id");--> statement-breakpoint
CREATE INDEX "employer_proceeding_event_idx" ON "employer_proceeding_event" USING btree ("proceeding_id","at");