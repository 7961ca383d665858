CREATE TABLE "history_events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"type" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"message" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_history" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"consumer_id" uuid NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"entry" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rebuild_owners" (
	"rebuild_id" uuid NOT NULL,
	"owner" text NOT NULL,
	"replayed" integer,
	"applied" integer DEFAULT 0 NOT NULL,
	"done_at" timestamp with time zone,
	CONSTRAINT "rebuild_owners_rebuild_id_owner_pk" PRIMARY KEY("rebuild_id","owner")
);
--> statement-breakpoint
CREATE TABLE "rebuilds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rebuild_owners" ADD CONSTRAINT "rebuild_owners_rebuild_id_rebuilds_id_fk" FOREIGN KEY ("rebuild_id") REFERENCES "public"."rebuilds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "history_events_order_idx" ON "history_events" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "order_history_consumer_placed_idx" ON "order_history" USING btree ("consumer_id","placed_at" desc,"order_id" desc);