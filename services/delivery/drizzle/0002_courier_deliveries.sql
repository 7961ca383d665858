ALTER TABLE "deliveries" ADD COLUMN "total_cents" integer;--> statement-breakpoint
CREATE INDEX "deliveries_courier_scheduled_idx" ON "deliveries" USING btree ("courier_id","scheduled_at");