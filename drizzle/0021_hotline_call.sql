CREATE TABLE "hotline_call" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"operator_user_id" text,
	"phone_enc" text,
	"language" text NOT NULL,
	"topic" text NOT NULL,
	"destination_iso2" text,
	"question_enc" text NOT NULL,
	"answer_enc" text,
	"sms_count" integer DEFAULT 0 NOT NULL,
	"case_id" uuid,
	"case_number" text,
	"referral_entry_id" uuid,
	"consent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hotline_call" ADD CONSTRAINT "hotline_call_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_call" ADD CONSTRAINT "hotline_call_operator_user_id_auth_user_id_fk" FOREIGN KEY ("operator_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_call" ADD CONSTRAINT "hotline_call_destination_iso2_country_iso2_fk" FOREIGN KEY ("destination_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_call" ADD CONSTRAINT "hotline_call_case_id_help_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."help_case"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_call" ADD CONSTRAINT "hotline_call_referral_entry_id_directory_entry_id_fk" FOREIGN KEY ("referral_entry_id") REFERENCES "public"."directory_entry"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hotline_call_org_idx" ON "hotline_call" USING btree ("organisation_id","created_at");