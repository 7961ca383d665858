CREATE TABLE "deliveries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"consumer_id" uuid NOT NULL,
	"restaurant_id" uuid NOT NULL,
	"restaurant_name" text NOT NULL,
	"pickup_address" text NOT NULL,
	"delivery_address" text NOT NULL,
	"status" text NOT NULL,
	"scheduled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_order_id_uq" ON "deliveries" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "deliveries_consumer_scheduled_idx" ON "deliveries" USING btree ("consumer_id","scheduled_at");