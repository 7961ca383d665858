CREATE TABLE "tickets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"restaurant_id" uuid NOT NULL,
	"status" text NOT NULL,
	"lines" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_order_id_uq" ON "tickets" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "tickets_restaurant_created_idx" ON "tickets" USING btree ("restaurant_id","created_at");