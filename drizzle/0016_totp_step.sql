CREATE TABLE "auth_totp_step" (
	"user_id" text PRIMARY KEY NOT NULL,
	"step" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "auth_totp_step" ADD CONSTRAINT "auth_totp_step_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;