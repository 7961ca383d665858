CREATE TABLE "saga_instances" (
	"id" uuid PRIMARY KEY NOT NULL,
	"saga_type" text NOT NULL,
	"status" text NOT NULL,
	"step" integer NOT NULL,
	"awaiting" jsonb NOT NULL,
	"data" jsonb NOT NULL,
	"failure_reason" text,
	"deadline_at" timestamp with time zone,
	"history" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saga_instances_status_check" CHECK ("saga_instances"."status" in ('running', 'succeeded', 'compensated'))
);
--> statement-breakpoint
CREATE INDEX "saga_instances_deadline_idx" ON "saga_instances" USING btree ("deadline_at") WHERE "saga_instances"."status" = 'running';--> statement-breakpoint
CREATE INDEX "saga_instances_type_status_idx" ON "saga_instances" USING btree ("saga_type","status","created_at");