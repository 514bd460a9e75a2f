CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "content_revision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"status" text NOT NULL,
	"author_id" text,
	"reviewer_id" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "directory_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" uuid,
	"name" jsonb NOT NULL,
	"country_iso2" text NOT NULL,
	"city" jsonb,
	"address" jsonb,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"email" text,
	"website" text,
	"hours" jsonb,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"services" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"needs_review" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directory_entry_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "faq" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"question" jsonb NOT NULL,
	"answer" jsonb NOT NULL,
	"country_iso2" text,
	"source" jsonb NOT NULL,
	"needs_review" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "faq_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "guide" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_iso2" text NOT NULL,
	"intro" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guide_country_iso2_unique" UNIQUE("country_iso2")
);
--> statement-breakpoint
CREATE TABLE "guide_section" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"guide_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"reviewed_on" text NOT NULL,
	"needs_review" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guide_section_law" (
	"section_id" uuid NOT NULL,
	"law_id" uuid NOT NULL,
	CONSTRAINT "guide_section_law_section_id_law_id_pk" PRIMARY KEY("section_id","law_id")
);
--> statement-breakpoint
CREATE TABLE "law" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"number" text,
	"adopted_on" text,
	"status" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"source" jsonb NOT NULL,
	"needs_review" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "law_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "search_document" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"lang" text NOT NULL,
	"country_iso2" text,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"url" text NOT NULL,
	"norm" text NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', norm)) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_word" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content_revision" ADD CONSTRAINT "content_revision_author_id_auth_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."auth_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_revision" ADD CONSTRAINT "content_revision_reviewer_id_auth_user_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."auth_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_entry" ADD CONSTRAINT "directory_entry_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_entry" ADD CONSTRAINT "directory_entry_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq" ADD CONSTRAINT "faq_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide" ADD CONSTRAINT "guide_country_iso2_country_iso2_fk" FOREIGN KEY ("country_iso2") REFERENCES "public"."country"("iso2") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_section" ADD CONSTRAINT "guide_section_guide_id_guide_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."guide"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_section_law" ADD CONSTRAINT "guide_section_law_section_id_guide_section_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."guide_section"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_section_law" ADD CONSTRAINT "guide_section_law_law_id_law_id_fk" FOREIGN KEY ("law_id") REFERENCES "public"."law"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "content_revision_version_uq" ON "content_revision" USING btree ("entity_type","entity_id","version");--> statement-breakpoint
CREATE INDEX "content_revision_status_idx" ON "content_revision" USING btree ("status");--> statement-breakpoint
CREATE INDEX "directory_country_idx" ON "directory_entry" USING btree ("country_iso2");--> statement-breakpoint
CREATE UNIQUE INDEX "guide_section_kind_uq" ON "guide_section" USING btree ("guide_id","kind");--> statement-breakpoint
CREATE INDEX "guide_section_law_law_idx" ON "guide_section_law" USING btree ("law_id");--> statement-breakpoint
CREATE INDEX "search_entity_idx" ON "search_document" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "search_tsv_idx" ON "search_document" USING gin ("tsv") WITH (fastupdate=off);--> statement-breakpoint
CREATE INDEX "search_word_trgm_idx" ON "search_word" USING gist ("word" gist_trgm_ops);