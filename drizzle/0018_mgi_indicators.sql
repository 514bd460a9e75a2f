CREATE TABLE "mgi_domain" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"needs_review" boolean DEFAULT false NOT NULL,
	CONSTRAINT "mgi_domain_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "mgi_finding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"round_id" uuid NOT NULL,
	"domain_id" uuid NOT NULL,
	"indicator_id" uuid,
	"kind" text NOT NULL,
	"position" integer NOT NULL,
	"text" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"needs_review" boolean DEFAULT false NOT NULL,
	CONSTRAINT "mgi_finding_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "mgi_finding_law" (
	"finding_id" uuid NOT NULL,
	"law_id" uuid NOT NULL,
	CONSTRAINT "mgi_finding_law_finding_id_law_id_pk" PRIMARY KEY("finding_id","law_id")
);
--> statement-breakpoint
CREATE TABLE "mgi_indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"domain_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"needs_review" boolean DEFAULT false NOT NULL,
	CONSTRAINT "mgi_indicator_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "mgi_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" jsonb NOT NULL,
	"observed_on" date NOT NULL,
	"evidence_url" text,
	"evidence_title" text,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mgi_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"title" jsonb NOT NULL,
	"note" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"needs_review" boolean DEFAULT false NOT NULL,
	CONSTRAINT "mgi_round_year_unique" UNIQUE("year")
);
--> statement-breakpoint
ALTER TABLE "mgi_finding" ADD CONSTRAINT "mgi_finding_round_id_mgi_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."mgi_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mgi_finding" ADD CONSTRAINT "mgi_finding_domain_id_mgi_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."mgi_domain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mgi_finding" ADD CONSTRAINT "mgi_finding_indicator_id_mgi_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."mgi_indicator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mgi_finding_law" ADD CONSTRAINT "mgi_finding_law_finding_id_mgi_finding_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."mgi_finding"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mgi_finding_law" ADD CONSTRAINT "mgi_finding_law_law_id_law_id_fk" FOREIGN KEY ("law_id") REFERENCES "public"."law"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mgi_indicator" ADD CONSTRAINT "mgi_indicator_domain_id_mgi_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."mgi_domain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mgi_progress" ADD CONSTRAINT "mgi_progress_indicator_id_mgi_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."mgi_indicator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mgi_progress" ADD CONSTRAINT "mgi_progress_recorded_by_auth_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mgi_finding_domain_idx" ON "mgi_finding" USING btree ("domain_id","round_id");--> statement-breakpoint
CREATE INDEX "mgi_indicator_domain_idx" ON "mgi_indicator" USING btree ("domain_id");--> statement-breakpoint
CREATE INDEX "mgi_progress_indicator_idx" ON "mgi_progress" USING btree ("indicator_id","created_at");