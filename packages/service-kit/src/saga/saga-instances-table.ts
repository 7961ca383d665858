import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const sagaStatuses = ['running', 'succeeded', 'compensated'] as const;
export type SagaStatus = (typeof sagaStatuses)[number];

/** One line of a saga's history: what happened, at which step, and when (timings come from `at`). */
export interface SagaHistoryEntry {
  at: string;
  step: string;
  event: 'started' | 'command sent' | 'command resent' | 'reply' | 'reply ignored' | 'step done' | 'failed' | 'compensation' | 'succeeded' | 'compensated';
  detail?: string;
  /** The broker message a command or reply went as: what an operator looks for in the broker and the logs. */
  messageId?: string;
  /** On `started`: the trace the saga began in (the order's request), which its steps continue. */
  traceId?: string;
}

/**
 * Every saga instance a service orchestrates, whatever its kind: where it is, what it still waits
 * for and until when, its data, and its history. Written only in the transaction that moves it.
 */
export const sagaInstances = pgTable(
  'saga_instances',
  {
    id: uuid('id').primaryKey(),
    sagaType: text('saga_type').notNull(),
    /**
     * The version of the saga's definition the instance started on and finishes on, whatever version
     * the instance of the service that moves it next was built with (a rolling upgrade).
     */
    definitionVersion: integer('definition_version').notNull().default(1),
    status: text('status', { enum: sagaStatuses }).notNull(),
    /** Index of the step under way (or the last one, once the saga ended). */
    step: integer('step').notNull(),
    /** Participants of the current step that have not answered yet. */
    awaiting: jsonb('awaiting').$type<string[]>().notNull(),
    data: jsonb('data').$type<unknown>().notNull(),
    /** Why the saga failed, in words a customer can read. */
    failureReason: text('failure_reason'),
    /** When the current step's participants must have answered; null when nothing is awaited. */
    deadlineAt: timestamp('deadline_at', { withTimezone: true }),
    history: jsonb('history').$type<SagaHistoryEntry[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('saga_instances_status_check', sql`${table.status} in ('running', 'succeeded', 'compensated')`),
    // The deadline watch only ever looks at running sagas.
    index('saga_instances_deadline_idx').on(table.deadlineAt).where(sql`${table.status} = 'running'`),
    index('saga_instances_type_status_idx').on(table.sagaType, table.status, table.createdAt),
  ],
);
