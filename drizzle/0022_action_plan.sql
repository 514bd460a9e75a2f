CREATE TABLE "plan_goal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"needs_review" boolean DEFAULT false NOT NULL,
	CONSTRAINT "plan_goal_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "plan_practice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"needs_review" boolean DEFAULT false NOT NULL,
	CONSTRAINT "plan_practice_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "plan_task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"goal_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"responsible_org_id" uuid NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"source" jsonb NOT NULL,
	"needs_review" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "plan_task_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "plan_task_co_executor" (
	"task_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "plan_task_co_executor_task_id_organisation_id_pk" PRIMARY KEY("task_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "plan_task_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"url" text NOT NULL,
	"title" text NOT NULL,
	"added_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_task_practice" (
	"task_id" uuid NOT NULL,
	"practice_id" uuid NOT NULL,
	CONSTRAINT "plan_task_practice_task_id_practice_id_pk" PRIMARY KEY("task_id","practice_id")
);
--> statement-breakpoint
CREATE TABLE "plan_task_update" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_goal_id_plan_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."plan_goal"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_responsible_org_id_organisation_id_fk" FOREIGN KEY ("responsible_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_updated_by_auth_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_co_executor" ADD CONSTRAINT "plan_task_co_executor_task_id_plan_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_co_executor" ADD CONSTRAINT "plan_task_co_executor_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_evidence" ADD CONSTRAINT "plan_task_evidence_task_id_plan_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_evidence" ADD CONSTRAINT "plan_task_evidence_added_by_auth_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_practice" ADD CONSTRAINT "plan_task_practice_task_id_plan_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_practice" ADD CONSTRAINT "plan_task_practice_practice_id_plan_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."plan_practice"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_update" ADD CONSTRAINT "plan_task_update_task_id_plan_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_update" ADD CONSTRAINT "plan_task_update_updated_by_auth_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_task_responsible_idx" ON "plan_task" USING btree ("responsible_org_id");--> statement-breakpoint
CREATE INDEX "plan_task_goal_idx" ON "plan_task" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "plan_task_evidence_task_idx" ON "plan_task_evidence" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "plan_task_update_task_idx" ON "plan_task_update" USING btree ("task_id","created_at");