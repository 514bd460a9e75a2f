CREATE TABLE "stat_cube" (
	"measure" text NOT NULL,
	"period" date NOT NULL,
	"sex" text NOT NULL,
	"age_group" text NOT NULL,
	"region" text NOT NULL,
	"country" text NOT NULL,
	"sector" text NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stat_refresh" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"rows" integer NOT NULL,
	"millis" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "stat_cube_measure_idx" ON "stat_cube" USING btree ("measure","period");