import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { createMessage, type Message } from '@tiffin/messages';
import { currentTraceId } from '@tiffin/telemetry/trace-context';
import { enqueue, sagaInstances, writeLater, type Db, type SagaHistoryEntry, type Tx } from '@tiffin/service-kit';
import type { ReplyOutcome, SagaDefinition, SagaStep } from './saga-definition';

type Schema = Record<string, unknown>;
type Instance = typeof sagaInstances.$inferSelect;

export type ReplyVerdict = 'moved' | 'ignored' | 'unknown saga';

export interface SagaOrchestrator<D> {
  /** The definition new sagas start on. */
  readonly definition: SagaDefinition<D>;
  /** The definition of a version this service moves sagas of (the current one, or an older one kept). */
  definitionOf(version: number): SagaDefinition<D> | undefined;
  /** Records a new instance and runs its first steps, in the caller's transaction. */
  start(tx: Tx<Schema>, sagaId: string, data: D, correlationId?: string): Promise<void>;
  /**
   * Moves the instance on a participant's reply, under a row lock so replies never race. A reply the
   * saga is not waiting for (late, duplicate, or after the saga ended) changes nothing but history.
   */
  handleReply(tx: Tx<Schema>, sagaId: string, reply: Message): Promise<ReplyVerdict>;
  /** Fails the step under way if its deadline has passed, compensating; false if it had not. */
  expire(tx: Tx<Schema>, sagaId: string): Promise<boolean>;
  /**
   * Sends the commands of the step under way again to the participants it still awaits, with a new
   * deadline: an operator's retry once a stopped participant is back. Safe because a participant
   * answers one command once however often it comes. False when the saga waits for nobody.
   */
  retry(tx: Tx<Schema>, sagaId: string): Promise<boolean>;
  /**
   * Fails the step under way now, as its deadline would, and compensates what was done, that step
   * included: an operator giving up on a stuck saga. False when the saga is not running.
   */
  abandon(tx: Tx<Schema>, sagaId: string, reason: string): Promise<boolean>;
  /** Running instances of this saga whose deadline has passed, oldest deadline first. */
  overdue(db: Db<Schema>, limit: number): Promise<string[]>;
}

export interface SagaOrchestratorOptions<D = unknown> {
  /** The orchestrating service, as the source of the commands it sends. */
  source: string;
  now?: () => Date;
  /**
   * Definitions of earlier versions whose sagas may still be under way: each instance finishes on
   * the steps it started with, while new ones start on the current definition. Drop a version once
   * no saga of it runs any more.
   */
  olderVersions?: readonly SagaDefinition<D>[];
}

export function createSagaOrchestrator<D>(definition: SagaDefinition<D>, options: SagaOrchestratorOptions<D>): SagaOrchestrator<D> {
  const now = options.now ?? (() => new Date());
  const definitions = new Map([...(options.olderVersions ?? []), definition].map((known) => [known.version, known]));
  for (const known of definitions.values()) {
    if (known.name !== definition.name) throw new Error(`saga ${definition.name}: version ${known.version} is a definition of ${known.name}`);
  }

  /** The steps an instance runs on: those of the version it started on. */
  function stepsOf(instance: Instance): readonly SagaStep<D>[] {
    const known = definitions.get(instance.definitionVersion);
    if (!known) {
      throw new Error(
        `saga ${instance.id} is ${definition.name} version ${instance.definitionVersion}, which this service does not keep (it keeps ${[...definitions.keys()].join(', ')}): keep the definition of every version that has sagas under way`,
      );
    }
    return known.steps;
  }

  function note(instance: Instance, step: SagaStep<D> | undefined, event: SagaHistoryEntry['event'], detail?: string, messageId?: string): void {
    instance.history = [
      ...instance.history,
      { at: now().toISOString(), step: step?.name ?? definition.name, event, ...(detail ? { detail } : {}), ...(messageId ? { messageId } : {}) },
    ];
  }

  /** Enqueues the command and gives the id of the message it goes as. */
  async function send(tx: Tx<Schema>, command: ReturnType<SagaStep<D>['participants'][number]['command']>, correlationId?: string): Promise<string> {
    const message = createMessage(command.type, options.source, command.payload as never, correlationId);
    await enqueue(tx, message);
    return message.id;
  }

  /** Asks each of `participants` of the current step, and waits for them until a new deadline. */
  async function ask(tx: Tx<Schema>, instance: Instance, participants: readonly SagaStep<D>['participants'][number][], event: 'command sent' | 'command resent', correlationId?: string) {
    const current = stepsOf(instance)[instance.step]!;
    for (const participant of participants) {
      const command = participant.command(instance.data as D, instance.id);
      note(instance, current, event, `${participant.name}: ${command.type}`, await send(tx, command, correlationId));
    }
    instance.deadlineAt = new Date(now().getTime() + current.deadlineMs);
  }

  /** Runs steps from `index` until one must wait for participants, or the saga is done. */
  async function runFrom(tx: Tx<Schema>, instance: Instance, index: number, correlationId?: string): Promise<void> {
    for (let i = index; i < stepsOf(instance).length; i++) {
      const current = stepsOf(instance)[i]!;
      instance.step = i;
      if (current.participants.length > 0) {
        await ask(tx, instance, current.participants, 'command sent', correlationId);
        instance.awaiting = current.participants.map((participant) => participant.name);
        return;
      }
      await current.onDone?.(tx, instance.data as D, { sagaId: instance.id });
      note(instance, current, 'step done');
    }
    instance.status = 'succeeded';
    instance.awaiting = [];
    instance.deadlineAt = null;
    note(instance, undefined, 'succeeded');
  }

  /**
   * The step under way failed: undo the steps before it, last first, and end the saga. A step that
   * failed by its deadline is undone too, since its participants may have acted without answering.
   */
  async function fail(
    tx: Tx<Schema>,
    instance: Instance,
    reason: string,
    options: { correlationId?: string; undoCurrent?: boolean } = {},
  ): Promise<void> {
    const { correlationId } = options;
    note(instance, stepsOf(instance)[instance.step], 'failed', reason);
    for (let i = options.undoCurrent ? instance.step : instance.step - 1; i >= 0; i--) {
      const done = stepsOf(instance)[i]!;
      if (!done.compensation) continue;
      let messageId: string | undefined;
      if (done.compensation.kind === 'local') await done.compensation.run(tx, instance.data as D, { sagaId: instance.id, reason });
      else messageId = await send(tx, done.compensation.command(instance.data as D, instance.id), correlationId);
      note(instance, done, 'compensation', undefined, messageId);
    }
    instance.status = 'compensated';
    instance.failureReason = reason;
    instance.awaiting = [];
    instance.deadlineAt = null;
    note(instance, undefined, 'compensated', reason);
  }

  async function save(tx: Tx<Schema>, instance: Instance): Promise<void> {
    const { id, status, step, awaiting, data, failureReason, deadlineAt, history } = instance;
    await writeLater(
      tx,
      tx
        .update(sagaInstances)
        .set({ status, step, awaiting, data, failureReason, deadlineAt, history, updatedAt: now() })
        .where(eq(sagaInstances.id, id)),
    );
  }

  async function locked(tx: Tx<Schema>, sagaId: string): Promise<Instance | undefined> {
    const [row] = await tx
      .select()
      .from(sagaInstances)
      .where(and(eq(sagaInstances.id, sagaId), eq(sagaInstances.sagaType, definition.name)))
      .for('update');
    return row;
  }

  return {
    definition,
    definitionOf: (version) => definitions.get(version),

    async start(tx, sagaId, data, correlationId) {
      const at = now();
      const instance: Instance = {
        id: sagaId,
        sagaType: definition.name,
        definitionVersion: definition.version,
        status: 'running',
        step: 0,
        awaiting: [],
        data,
        failureReason: null,
        deadlineAt: null,
        history: [],
        createdAt: at,
        updatedAt: at,
      };
      note(instance, undefined, 'started');
      // Where its trace is found: every command, reply and step after this one continues it.
      const traceId = currentTraceId();
      if (traceId) instance.history[0] = { ...instance.history[0]!, traceId };
      await runFrom(tx, instance, 0, correlationId);
      await writeLater(tx, tx.insert(sagaInstances).values(instance));
    },

    async handleReply(tx, sagaId, reply) {
      const instance = await locked(tx, sagaId);
      if (!instance) return 'unknown saga';
      const current = stepsOf(instance)[instance.step]!;
      const participant = current.participants.find((p) => reply.type in p.replies);
      if (instance.status !== 'running' || !participant || !instance.awaiting.includes(participant.name)) {
        note(instance, current, 'reply ignored', `${reply.type} (${instance.status === 'running' ? 'not awaited' : `saga ${instance.status}`})`, reply.id);
        await save(tx, instance);
        return 'ignored';
      }
      // The participant was found by this reply's type, so its handler takes this message.
      const handler = participant.replies[reply.type] as (reply: Message, data: D) => ReplyOutcome<D>;
      const outcome = handler(reply, instance.data as D);
      note(instance, current, 'reply', `${participant.name}: ${reply.type}`, reply.id);
      if (!outcome.ok) {
        await fail(tx, instance, outcome.reason, { correlationId: reply.correlationId });
      } else {
        if (outcome.data !== undefined) instance.data = outcome.data;
        instance.awaiting = instance.awaiting.filter((name) => name !== participant.name);
        await participant.onReply?.(tx, instance.data as D, { sagaId });
        if (instance.awaiting.length === 0) {
          await current.onDone?.(tx, instance.data as D, { sagaId });
          note(instance, current, 'step done');
          await runFrom(tx, instance, instance.step + 1, reply.correlationId);
        }
      }
      await save(tx, instance);
      return 'moved';
    },

    async expire(tx, sagaId) {
      const instance = await locked(tx, sagaId);
      if (!instance || instance.status !== 'running' || !instance.deadlineAt || instance.deadlineAt > now()) return false;
      const current = stepsOf(instance)[instance.step]!;
      const late = current.participants.filter((p) => instance.awaiting.includes(p.name));
      const reason = late.map((p) => p.timeoutReason ?? `${p.name} did not answer in time`).join('; ');
      await fail(tx, instance, reason, { undoCurrent: true });
      await save(tx, instance);
      return true;
    },

    async retry(tx, sagaId) {
      const instance = await locked(tx, sagaId);
      if (!instance || instance.status !== 'running' || instance.awaiting.length === 0) return false;
      const waitedFor = stepsOf(instance)[instance.step]!.participants.filter((p) => instance.awaiting.includes(p.name));
      await ask(tx, instance, waitedFor, 'command resent');
      await save(tx, instance);
      return true;
    },

    async abandon(tx, sagaId, reason) {
      const instance = await locked(tx, sagaId);
      if (!instance || instance.status !== 'running') return false;
      await fail(tx, instance, reason, { undoCurrent: true });
      await save(tx, instance);
      return true;
    },

    async overdue(db, limit) {
      const rows = await db
        .select({ id: sagaInstances.id })
        .from(sagaInstances)
        .where(
          and(
            eq(sagaInstances.sagaType, definition.name),
            eq(sagaInstances.status, 'running'),
            lte(sagaInstances.deadlineAt, sql`${now().toISOString()}::timestamptz`),
          ),
        )
        .orderBy(asc(sagaInstances.deadlineAt))
        .limit(limit);
      return rows.map((row) => row.id);
    },
  };
}
