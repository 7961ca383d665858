ALTER TABLE "card_authorizations" ADD COLUMN "captured_cents" integer;--> statement-breakpoint
ALTER TABLE "card_authorizations" ADD COLUMN "captured_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "card_authorizations" ADD COLUMN "refunded_cents" integer;--> statement-breakpoint
ALTER TABLE "card_authorizations" ADD COLUMN "refunded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "card_authorizations" ADD COLUMN "refund_reason" text;