CREATE TABLE "courier_positions" (
	"delivery_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"x" double precision NOT NULL,
	"y" double precision NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "courier_positions_delivery_id_seq_pk" PRIMARY KEY("delivery_id","seq")
);
--> statement-breakpoint
CREATE TABLE "kitchen_progress" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"accepted_at" timestamp with time zone,
	"preparing_at" timestamp with time zone,
	"ready_at" timestamp with time zone,
	"ready_by" timestamp with time zone,
	"preparation_minutes" integer
);
--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "picked_up_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "tracking_seq" bigint DEFAULT 0 NOT NULL;