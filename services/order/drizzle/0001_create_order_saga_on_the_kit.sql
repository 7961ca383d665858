-- Sagas under way move to the saga kit's table (created by the kit's own migrations, which run first),
-- so an order accepted before this upgrade still ends APPROVED or REJECTED.
INSERT INTO "saga_instances" ("id", "saga_type", "status", "step", "awaiting", "data", "failure_reason", "deadline_at", "history", "created_at", "updated_at")
SELECT s."order_id",
	'create-order',
	CASE s."state" WHEN 'VALIDATING_ORDER_DETAILS' THEN 'running' WHEN 'APPROVED' THEN 'succeeded' ELSE 'compensated' END,
	CASE s."state" WHEN 'APPROVED' THEN 2 ELSE 1 END,
	CASE s."state" WHEN 'VALIDATING_ORDER_DETAILS' THEN '["catalog"]'::jsonb ELSE '[]'::jsonb END,
	jsonb_build_object(
		'orderId', o."id", 'consumerId', o."consumer_id", 'restaurantId', o."restaurant_id",
		'lines', COALESCE((SELECT jsonb_agg(jsonb_build_object('menuItemId', l."menu_item_id", 'quantity', l."quantity", 'unitPriceCents', l."unit_price_cents") ORDER BY l."line_number") FROM "order_lines" l WHERE l."order_id" = o."id"), '[]'::jsonb),
		'totalCents', o."total_cents", 'deliveryAddress', o."delivery_address"),
	o."rejection_reason",
	CASE s."state" WHEN 'VALIDATING_ORDER_DETAILS' THEN now() + interval '60 seconds' END,
	jsonb_build_array(jsonb_build_object('at', to_char(s."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'step', 'create-order', 'event', 'started', 'detail', 'carried over in state ' || s."state")),
	s."created_at",
	s."updated_at"
FROM "create_order_sagas" s JOIN "orders" o ON o."id" = s."order_id";
--> statement-breakpoint
DROP TABLE "create_order_sagas" CASCADE;
