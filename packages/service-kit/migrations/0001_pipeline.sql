ALTER TABLE "outbox" ADD COLUMN "claimed_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "outbox_published_idx" ON "outbox" USING btree ("published_at") WHERE "outbox"."state" = 'published';--> statement-breakpoint
CREATE INDEX "received_messages_received_at_idx" ON "received_messages" USING btree ("received_at");