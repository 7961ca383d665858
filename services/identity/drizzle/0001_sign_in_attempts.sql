CREATE TABLE "sign_in_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"network" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"failed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_network_idx" ON "sign_in_attempts" USING btree ("email","network","at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_network_idx" ON "sign_in_attempts" USING btree ("network","at") WHERE "sign_in_attempts"."failed";--> statement-breakpoint
CREATE INDEX "sign_in_attempts_at_idx" ON "sign_in_attempts" USING btree ("at");