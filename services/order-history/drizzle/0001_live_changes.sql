CREATE TABLE "history_changes" (
	"id" integer PRIMARY KEY NOT NULL,
	"last_seq" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "history_changes" ("id", "last_seq") VALUES (1, 0);--> statement-breakpoint
ALTER TABLE "order_history" ADD COLUMN "restaurant_id" uuid;--> statement-breakpoint
ALTER TABLE "order_history" ADD COLUMN "courier_id" uuid;--> statement-breakpoint
-- Rows already in the view count as changed before any client could have listened (number 0).
ALTER TABLE "order_history" ADD COLUMN "change_seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "order_history" ALTER COLUMN "change_seq" DROP DEFAULT;--> statement-breakpoint
-- The new columns and the entry's courierId, from what the view already holds.
UPDATE "order_history" SET "restaurant_id" = ("entry"->>'restaurantId')::uuid;--> statement-breakpoint
UPDATE "order_history" AS h SET "courier_id" = (e."message"->'payload'->>'courierId')::uuid
	FROM "history_events" AS e WHERE e."order_id" = h."order_id" AND e."type" = 'CourierAssigned';--> statement-breakpoint
UPDATE "order_history" SET "entry" = "entry" || jsonb_build_object('courierId', "courier_id");--> statement-breakpoint
CREATE INDEX "order_history_change_seq_idx" ON "order_history" USING btree ("change_seq");
