CREATE SEQUENCE "public"."help_case_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "case_attachment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"file_name_enc" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_deadline" (
	"organisation_id" uuid NOT NULL,
	"type" text NOT NULL,
	"first_response_hours" integer NOT NULL,
	"resolution_days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_deadline_organisation_id_type_pk" PRIMARY KEY("organisation_id","type")
);
--> statement-breakpoint
CREATE TABLE "case_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_user_id" text,
	"actor_organisation_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_message" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"from_person" boolean NOT NULL,
	"body_enc" text NOT NULL,
	"author_user_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_transition" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"consent" text NOT NULL,
	"note_enc" text NOT NULL,
	"decision_reason" text,
	"created_by" text,
	"decided_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "help_case" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"tracking_hash" text NOT NULL,
	"type" text NOT NULL,
	"country_iso2" text NOT NULL,
	"city" text NOT NULL,
	"employer_name" text,
	"agency_name" text,
	"agency_id" uuid,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"trafficking_flag" boolean DEFAULT false NOT NULL,
	"screening" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"confidentiality" text DEFAULT 'standard' NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"organisation_id" uuid NOT NULL,
	"assignee_user_id" text,
	"reporter_user_id" text,
	"narrative_enc" text NOT NULL,
	"contact_enc" text,
	"id_document_enc" text,
	"language" text DEFAULT 'ky' NOT NULL,
	"first_response_due" timestamp with time zone NOT NULL,
	"resolution_due" timestamp with time zone NOT NULL,
	"first_response_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"outcomes" text[] DEFAULT '{}'::text[] NOT NULL,
	"wages_recovered" numeric(14, 2),
	"wages_currency" text,
	"outcome_note_enc" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "help_case_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "case_attachment" ADD CONSTRAINT "case_attachment_case_id_help_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."help_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachment" ADD CONSTRAINT "case_attachment_uploaded_by_auth_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_deadline" ADD CONSTRAINT "case_deadline_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_help_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."help_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_actor_user_id_auth_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_actor_organisation_id_organisation_id_fk" FOREIGN KEY ("actor_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_message" ADD CONSTRAINT "case_message_case_id_help_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."help_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_message" ADD CONSTRAINT "case_message_author_user_id_auth_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_case_id_help_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."help_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_created_by_auth_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_transition" ADD CONSTRAINT "case_transition_case_id_help_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."help_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_transition" ADD CONSTRAINT "case_transition_from_organisation_id_organisation_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_transition" ADD CONSTRAINT "case_transition_to_organisation_id_organisation_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_transition" ADD CONSTRAINT "case_transition_created_by_auth_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_transition" ADD CONSTRAINT "case_transition_decided_by_auth_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_case" ADD CONSTRAINT "help_case_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_case" ADD CONSTRAINT "help_case_agency_id_agency_organisation_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_case" ADD CONSTRAINT "help_case_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_case" ADD CONSTRAINT "help_case_assignee_user_id_auth_user_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_case" ADD CONSTRAINT "help_case_reporter_user_id_auth_user_id_fk" FOREIGN KEY ("reporter_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_attachment_case_idx" ON "case_attachment" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_event_case_idx" ON "case_event" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_message_case_idx" ON "case_message" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_task_case_idx" ON "case_task" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_transition_case_idx" ON "case_transition" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_transition_to_idx" ON "case_transition" USING btree ("to_organisation_id","status");--> statement-breakpoint
CREATE INDEX "help_case_queue_idx" ON "help_case" USING btree ("organisation_id","status","resolution_due");--> statement-breakpoint
CREATE INDEX "help_case_reporter_idx" ON "help_case" USING btree ("reporter_user_id");--> statement-breakpoint
CREATE INDEX "help_case_figures_idx" ON "help_case" USING btree ("country_iso2","type");