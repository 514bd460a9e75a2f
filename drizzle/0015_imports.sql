CREATE TABLE "employment_client" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"pin_index" text NOT NULL,
	"personal" text NOT NULL,
	"sex" text,
	"birth_date" date,
	"region_code" text,
	"status" text,
	"country_iso2" text,
	"sector" text,
	"registered_on" date,
	"row_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consular_list_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mission_id" uuid NOT NULL,
	"passport_index" text NOT NULL,
	"personal" text NOT NULL,
	"sex" text,
	"birth_date" date,
	"country_iso2" text NOT NULL,
	"city" text,
	"region_code" text,
	"arrival_date" date,
	"registered_on" date,
	"row_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "returnee_list_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"pin_index" text NOT NULL,
	"return_date" date NOT NULL,
	"personal" text NOT NULL,
	"sex" text,
	"birth_date" date,
	"country_iso2" text NOT NULL,
	"region_code" text NOT NULL,
	"needs" text[],
	"row_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_batch" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"register" text NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"phase" text,
	"file_name" text NOT NULL,
	"file_size" bigint NOT NULL,
	"format" text NOT NULL,
	"encoding" text,
	"delimiter" text,
	"headers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mapping" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"issues" integer DEFAULT 0 NOT NULL,
	"removed" integer DEFAULT 0 NOT NULL,
	"restored" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"error" text,
	"failure_params" jsonb,
	"file_deleted" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_at" timestamp with time zone,
	"committed_by" text,
	"committed_at" timestamp with time zone,
	"undone_by" text,
	"undone_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_change" (
	"batch_id" uuid NOT NULL,
	"target" text NOT NULL,
	"record_id" text NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	"after_hash" text
);
--> statement-breakpoint
CREATE TABLE "import_issue" (
	"batch_id" uuid NOT NULL,
	"row_no" integer NOT NULL,
	"field" text,
	"code" text NOT NULL,
	"params" jsonb
);
--> statement-breakpoint
ALTER TABLE "employment_client" ADD CONSTRAINT "employment_client_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_client" ADD CONSTRAINT "employment_client_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_client" ADD CONSTRAINT "employment_client_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consular_list_entry" ADD CONSTRAINT "consular_list_entry_mission_id_organisation_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consular_list_entry" ADD CONSTRAINT "consular_list_entry_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consular_list_entry" ADD CONSTRAINT "consular_list_entry_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returnee_list_entry" ADD CONSTRAINT "returnee_list_entry_centre_id_organisation_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returnee_list_entry" ADD CONSTRAINT "returnee_list_entry_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returnee_list_entry" ADD CONSTRAINT "returnee_list_entry_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_created_by_auth_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_committed_by_auth_user_id_fk" FOREIGN KEY ("committed_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_undone_by_auth_user_id_fk" FOREIGN KEY ("undone_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_change" ADD CONSTRAINT "import_change_batch_id_import_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batch"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_issue" ADD CONSTRAINT "import_issue_batch_id_import_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batch"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "employment_client_key_uq" ON "employment_client" USING btree ("organisation_id","pin_index");--> statement-breakpoint
CREATE INDEX "employment_client_org_idx" ON "employment_client" USING btree ("organisation_id","registered_on");--> statement-breakpoint
CREATE UNIQUE INDEX "consular_list_key_uq" ON "consular_list_entry" USING btree ("mission_id","passport_index");--> statement-breakpoint
CREATE INDEX "consular_list_country_idx" ON "consular_list_entry" USING btree ("mission_id","country_iso2");--> statement-breakpoint
CREATE UNIQUE INDEX "returnee_list_key_uq" ON "returnee_list_entry" USING btree ("centre_id","pin_index","return_date");--> statement-breakpoint
CREATE INDEX "returnee_list_centre_idx" ON "returnee_list_entry" USING btree ("centre_id","return_date");--> statement-breakpoint
CREATE INDEX "import_batch_org_idx" ON "import_batch" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "import_change_batch_idx" ON "import_change" USING btree ("batch_id","target");--> statement-breakpoint
CREATE INDEX "import_issue_batch_idx" ON "import_issue" USING btree ("batch_id","row_no");