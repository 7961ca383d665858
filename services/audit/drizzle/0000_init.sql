CREATE TABLE "audit_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"actor" jsonb NOT NULL,
	"action" text NOT NULL,
	"target" text NOT NULL,
	"detail" text,
	"outcome" text NOT NULL,
	"outcome_detail" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "audit_entries_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE INDEX "audit_entries_requested_at_idx" ON "audit_entries" USING btree ("requested_at");