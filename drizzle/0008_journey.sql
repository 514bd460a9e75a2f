CREATE TABLE "course_enrolment" (
	"user_id" text NOT NULL,
	"course_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"passed_attempts" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "course_enrolment_user_id_course_id_pk" PRIMARY KEY("user_id","course_id")
);
--> statement-breakpoint
CREATE TABLE "return_referral" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"programme" text NOT NULL,
	"referred_on" date NOT NULL,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"outcome_on" date,
	"outcome_note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "return_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"centre_id" uuid NOT NULL,
	"return_date" date NOT NULL,
	"country_iso2" text NOT NULL,
	"region_code" text NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"skills_note" text,
	"needs" text[] NOT NULL,
	"needs_note" text,
	"contact_consent" boolean NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"closing_note" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "course" ADD COLUMN "previous_version_id" uuid;--> statement-breakpoint
ALTER TABLE "course" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "course" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "course_enrolment" ADD CONSTRAINT "course_enrolment_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_enrolment" ADD CONSTRAINT "course_enrolment_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_referral" ADD CONSTRAINT "return_referral_request_id_return_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."return_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_referral" ADD CONSTRAINT "return_referral_created_by_auth_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_request" ADD CONSTRAINT "return_request_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_request" ADD CONSTRAINT "return_request_centre_id_organisation_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_request" ADD CONSTRAINT "return_request_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_request" ADD CONSTRAINT "return_request_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "course_enrolment_course_idx" ON "course_enrolment" USING btree ("course_id","started_at");--> statement-breakpoint
CREATE INDEX "return_referral_request_idx" ON "return_referral" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "return_request_centre_idx" ON "return_request" USING btree ("centre_id","status","created_at");--> statement-breakpoint
CREATE INDEX "return_request_user_idx" ON "return_request" USING btree ("user_id");