CREATE TABLE "alert" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"filters" jsonb NOT NULL,
	"list_phones" text[],
	"list_locale" text DEFAULT 'ky' NOT NULL,
	"list_country_iso2" text,
	"urgent" boolean DEFAULT false NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"asks_answer" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"scheduled_at" timestamp with time zone,
	"follow_up_of" uuid,
	"created_by" text NOT NULL,
	"approved_by" text,
	"approved_at" timestamp with time zone,
	"cancelled_by" text,
	"cancelled_at" timestamp with time zone,
	"sending_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_recipient" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"alert_id" uuid NOT NULL,
	"user_id" text,
	"phone" text,
	"locale" text NOT NULL,
	"country_iso2" text,
	"city" text,
	"mission_id" uuid,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answer_channel" text,
	"case_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert" ADD CONSTRAINT "alert_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert" ADD CONSTRAINT "alert_list_country_iso2_country_iso2_fk" FOREIGN KEY ("list_country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert" ADD CONSTRAINT "alert_created_by_auth_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."auth_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert" ADD CONSTRAINT "alert_approved_by_auth_user_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."auth_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert" ADD CONSTRAINT "alert_cancelled_by_auth_user_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."auth_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_recipient" ADD CONSTRAINT "alert_recipient_alert_id_alert_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alert"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_recipient" ADD CONSTRAINT "alert_recipient_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alert_org_idx" ON "alert" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "alert_public_idx" ON "alert" USING btree ("sent_at") WHERE public and status in ('sending', 'sent');--> statement-breakpoint
CREATE UNIQUE INDEX "alert_recipient_user_uq" ON "alert_recipient" USING btree ("alert_id","user_id") WHERE user_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "alert_recipient_phone_uq" ON "alert_recipient" USING btree ("alert_id","phone") WHERE user_id is null and phone is not null;--> statement-breakpoint
CREATE INDEX "alert_recipient_user_idx" ON "alert_recipient" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "alert_recipient_phone_idx" ON "alert_recipient" USING btree ("phone") WHERE phone is not null;