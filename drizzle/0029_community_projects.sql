CREATE TABLE "community_project" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"organisation_id" uuid,
	"title" jsonb NOT NULL,
	"purpose" jsonb NOT NULL,
	"region_code" text NOT NULL,
	"district" text,
	"village" text,
	"budget" numeric(14, 2),
	"currency" text DEFAULT 'KGS' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"responsible_name" text,
	"responsible_role" text,
	"payment_url" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"example" boolean DEFAULT false NOT NULL,
	"source" jsonb,
	"moderation_note" text,
	"created_by" text,
	"verified_at" timestamp with time zone,
	"verified_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_project_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "project_follower" (
	"project_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_follower_project_id_user_id_pk" PRIMARY KEY("project_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "project_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" jsonb NOT NULL,
	"amount" numeric(14, 2),
	"status" text DEFAULT 'pending' NOT NULL,
	"moderation_note" text,
	"created_by" text,
	"verified_at" timestamp with time zone,
	"verified_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "community_project" ADD CONSTRAINT "community_project_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_project" ADD CONSTRAINT "community_project_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_project" ADD CONSTRAINT "community_project_created_by_auth_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_project" ADD CONSTRAINT "community_project_verified_by_auth_user_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_follower" ADD CONSTRAINT "project_follower_project_id_community_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."community_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_follower" ADD CONSTRAINT "project_follower_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_report" ADD CONSTRAINT "project_report_project_id_community_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."community_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_report" ADD CONSTRAINT "project_report_created_by_auth_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_report" ADD CONSTRAINT "project_report_verified_by_auth_user_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_project_status_idx" ON "community_project" USING btree ("status","region_code");--> statement-breakpoint
CREATE INDEX "community_project_org_idx" ON "community_project" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "project_report_project_idx" ON "project_report" USING btree ("project_id","status");