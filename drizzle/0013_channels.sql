CREATE TABLE "channel_preference" (
	"user_id" text PRIMARY KEY NOT NULL,
	"channel_order" text[] DEFAULT '{}'::text[] NOT NULL,
	"safe_from" smallint,
	"safe_to" smallint,
	"time_zone" text DEFAULT 'Asia/Bishkek' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbound_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"address" text,
	"body" text,
	"user_id" text,
	"handled_by" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"address" text,
	"locale" text DEFAULT 'ky' NOT NULL,
	"subject" text,
	"body" text,
	"buttons" jsonb,
	"purpose" text NOT NULL,
	"ref_id" uuid,
	"batch_id" uuid,
	"user_id" text,
	"urgent" boolean DEFAULT false NOT NULL,
	"priority" smallint DEFAULT 2 NOT NULL,
	"not_before" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'created' NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"in_doubt" boolean DEFAULT false NOT NULL,
	"claimed_by" text,
	"claimed_at" timestamp with time zone,
	"provider_ids" text[],
	"parts" smallint,
	"parts_delivered" smallint DEFAULT 0 NOT NULL,
	"fallback_seconds" integer,
	"fell_back_at" timestamp with time zone,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "message_receipt_pending" (
	"provider_id" text PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"state" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suppression" (
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suppression_channel_address_pk" PRIMARY KEY("channel","address")
);
--> statement-breakpoint
CREATE TABLE "telegram_link" (
	"user_id" text PRIMARY KEY NOT NULL,
	"chat_id" text NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "telegram_link_chat_id_unique" UNIQUE("chat_id")
);
--> statement-breakpoint
CREATE TABLE "telegram_link_code" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "channel_preference" ADD CONSTRAINT "channel_preference_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "telegram_link" ADD CONSTRAINT "telegram_link_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "telegram_link_code" ADD CONSTRAINT "telegram_link_code_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inbound_received_brin" ON "inbound_message" USING brin ("received_at");--> statement-breakpoint
CREATE INDEX "message_due_idx" ON "message" USING btree ("channel","priority","not_before") WHERE status = 'created';--> statement-breakpoint
CREATE INDEX "message_sending_idx" ON "message" USING btree ("claimed_at") WHERE status = 'sending';--> statement-breakpoint
CREATE INDEX "message_fallback_idx" ON "message" USING btree ("status") WHERE fallback_seconds is not null and fell_back_at is null and status not in ('created', 'sending', 'delivered', 'cancelled');--> statement-breakpoint
CREATE INDEX "message_provider_idx" ON "message" USING gin ("provider_ids") WHERE provider_ids is not null;--> statement-breakpoint
CREATE INDEX "message_batch_idx" ON "message" USING btree ("batch_id") WHERE batch_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "message_ref_channel_idx" ON "message" USING btree ("ref_id","channel") WHERE ref_id is not null;--> statement-breakpoint
CREATE INDEX "message_created_brin" ON "message" USING brin ("created_at");--> statement-breakpoint
DROP TABLE "dev_outbox" CASCADE;