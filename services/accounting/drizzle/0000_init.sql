CREATE TABLE "card_authorizations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"consumer_id" uuid,
	"card_id" uuid,
	"amount_cents" integer NOT NULL,
	"status" text NOT NULL,
	"decline_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "card_authorizations_order_id_uq" ON "card_authorizations" USING btree ("order_id");