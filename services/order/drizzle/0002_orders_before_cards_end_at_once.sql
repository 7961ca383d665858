-- Orders accepted before the create-order saga asked for a card have none to authorise, and their
-- customer was a random browser id the consumer service does not know. Their deadline is brought to
-- now, so the deadline watch rejects them at once, with the step's readable reason, instead of their
-- saga failing at the card step later.
UPDATE "saga_instances" SET "deadline_at" = now()
WHERE "saga_type" = 'create-order' AND "status" = 'running' AND NOT ("data" ? 'cardId');
