import type { Names } from '../names';
import { serviceApp, serviceBaseFiles } from './service-base';

/**
 * A saga participant, after the kitchen: it holds something for an order while a saga runs
 * (Reserve<Name>), gives it back when the saga compensates (Release<Name>), copes with the two
 * arriving in either order, and says what it holds (GET /orders/:orderId/reservation). The messages
 * are its own, declared in packages/messages/src/owners; its HTTP schemas in packages/contracts.
 */
export function participantFiles(root: string, n: Names): Record<string, string> {
  const dir = `services/${n.kebab}`;
  const { pascal: P, camel: c, kebab: k, words: w } = n;
  return {
    ...serviceBaseFiles(root, n, {
      dependencies: ['@tiffin/contracts', '@tiffin/messages', '@tiffin/http-kit', '@tiffin/service-kit', '@tiffin/saga-kit', 'drizzle-orm', 'zod'],
      devDependencies: ['drizzle-kit'],
    }),
    [`${dir}/src/app.ts`]: serviceApp(n, {
      imports: `import { getReservationRoute } from './routes/get-reservation';
import { reservationCommandsSubscription } from './reservations/reservation-commands-consumer';
`,
      routes: 'getReservationRoute',
      subscriptions: 'reservationCommandsSubscription',
      doc: `The ${w} service: what it holds for each order while the order's saga runs.`,
    }),
    [`packages/messages/src/owners/${k}.ts`]: `import { z } from 'zod';
import { id } from '@tiffin/contracts';
import type { OwnerMessages } from '../owner-messages';

/** The ${w} service: its part of a saga, holding something for an order until the saga has ended. */
export const ${c}Messages = {
  owner: '${k}',
  payloads: {
    /** saga → ${w}: hold what the order needs. */
    Reserve${P}: z.object({ orderId: id }),
    ${P}Reserved: z.object({ orderId: id, reservationId: id }),
    /** \`reason\` is shown to the customer. */
    ${P}Refused: z.object({ orderId: id, reason: z.string() }),
    /**
     * saga → ${w}: compensation of Reserve${P}. Idempotent, and it may come before the Reserve${P}
     * it undoes (that one was late): the late Reserve${P} is then refused.
     */
    Release${P}: z.object({ orderId: id }),
    ${P}Released: z.object({ orderId: id }),
  },
  commandReplies: { Reserve${P}: ['${P}Reserved', '${P}Refused'], Release${P}: ['${P}Released'] },
  // One queue for both commands, so an order's commands are handled in the order they were sent.
  queues: { '${k}.reservations': ['Reserve${P}', 'Release${P}'] },
} as const satisfies OwnerMessages;
`,
    [`packages/contracts/src/${k}.ts`]: `import { z } from 'zod';
import { id } from './common';

/** RESERVED holds something for the order; RELEASED gave it back, or refused a reservation that came after its release. */
export const ${c}ReservationStatus = z.enum(['RESERVED', 'RELEASED']);
export type ${P}ReservationStatus = z.infer<typeof ${c}ReservationStatus>;

export const ${c}Reservation = z.object({
  id,
  orderId: id,
  status: ${c}ReservationStatus,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ${P}Reservation = z.infer<typeof ${c}Reservation>;

/** ${w} service: GET /orders/:orderId/reservation */
export const ${c}ReservationParams = z.object({ orderId: id });
`,
    [`${dir}/src/db/schema.ts`]: `import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ${P}ReservationStatus } from '@tiffin/contracts/${k}';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** What the ${w} service holds for an order while its saga runs: one reservation per order. */
export const reservations = pgTable(
  'reservations',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id').notNull(),
    status: text('status').$type<${P}ReservationStatus>().notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  // One reservation per order, whatever the broker redelivers; a release that came first holds the place.
  (table) => [uniqueIndex('reservations_order_id_uq').on(table.orderId)],
);

export const ${c}Schema = { reservations };
export type ${P}Schema = typeof ${c}Schema;
`,
    [`${dir}/src/reservations/reserve.ts`]: `import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Message } from '@tiffin/messages';
import { withFailure, withSuccess, type CommandReply } from '@tiffin/saga-kit';
import { reservations } from '../db/schema';
import type { ${P}Tx } from '../context';

/**
 * Holds what the order needs and answers ${P}Reserved. The same order asked again gets the same
 * reservation. If the saga already released it (this command came after its compensation), the
 * service refuses, so nothing stays held for an order whose saga has given up.
 */
export async function reserve(tx: ${P}Tx, command: Message<'Reserve${P}'>): Promise<CommandReply> {
  const { orderId } = command.payload;
  // One round trip when the reservation is new, as it nearly always is; a second only to read the one there.
  const [made] = await tx
    .insert(reservations)
    .values({ id: randomUUID(), orderId, status: 'RESERVED' })
    .onConflictDoNothing({ target: reservations.orderId })
    .returning({ id: reservations.id, status: reservations.status });
  const [reservation] = made
    ? [made]
    : await tx.select({ id: reservations.id, status: reservations.status }).from(reservations).where(eq(reservations.orderId, orderId));
  if (!reservation) throw new Error(\`reservation of order \${orderId} vanished after it was written\`);
  return reservation.status === 'RELEASED'
    ? withFailure('${P}Refused', { orderId, reason: 'This order was called off before ${w} could be reserved' })
    : withSuccess('${P}Reserved', { orderId, reservationId: reservation.id });
}
`,
    [`${dir}/src/reservations/release.ts`]: `import { randomUUID } from 'node:crypto';
import type { Message } from '@tiffin/messages';
import { withSuccess, type CommandReply } from '@tiffin/saga-kit';
import { reservations } from '../db/schema';
import type { ${P}Tx } from '../context';

/**
 * Compensation of Reserve${P}: the reservation ends RELEASED, however often this comes, and each time
 * ${P}Released answers. If it comes first (the Reserve${P} is late, or lost), a released reservation
 * holds the order's place, so the late Reserve${P} is refused instead of holding what nobody will use.
 */
export async function release(tx: ${P}Tx, command: Message<'Release${P}'>): Promise<CommandReply> {
  const { orderId } = command.payload;
  await tx
    .insert(reservations)
    .values({ id: randomUUID(), orderId, status: 'RELEASED' })
    .onConflictDoUpdate({ target: reservations.orderId, set: { status: 'RELEASED', updatedAt: new Date() } });
  return withSuccess('${P}Released', { orderId });
}
`,
    [`${dir}/src/reservations/reservation-commands-consumer.ts`]: `import { sagaCommandHandlers } from '@tiffin/saga-kit';
import { ${c}Source } from '../context';
import { release } from './release';
import { reserve } from './reserve';

export const reservationCommandsConsumer = '${k}.reservations';

/** The ${w} service's part of a saga: the kit owns the inbox, the dispatch, the reply and its outbox row. */
export const reservationCommandsSubscription = sagaCommandHandlers({
  consumer: reservationCommandsConsumer,
  source: ${c}Source,
  handlers: { Reserve${P}: reserve, Release${P}: release },
});
`,
    [`${dir}/src/reservations/reservation-reads.ts`]: `import { eq } from 'drizzle-orm';
import type { ${P}Reservation } from '@tiffin/contracts/${k}';
import { reservations } from '../db/schema';
import type { ${P}Db } from '../context';

export async function findReservation(db: ${P}Db, orderId: string): Promise<${P}Reservation | undefined> {
  const [row] = await db.select().from(reservations).where(eq(reservations.orderId, orderId));
  return row && { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
`,
    [`${dir}/src/routes/get-reservation.ts`]: `import { problem } from '@tiffin/contracts';
import { ${c}Reservation, ${c}ReservationParams } from '@tiffin/contracts/${k}';
import { NotFoundError, type HttpApp } from '@tiffin/http-kit';
import type { ${P}Context } from '../context';
import { findReservation } from '../reservations/reservation-reads';

export function getReservationRoute(app: HttpApp, context: ${P}Context): void {
  app.get(
    '/orders/:orderId/reservation',
    { schema: { params: ${c}ReservationParams, response: { 200: ${c}Reservation, 400: problem, 404: problem } } },
    async (request) => {
      const { orderId } = request.params;
      const found = await findReservation(context.db, orderId);
      if (!found) throw new NotFoundError(\`order \${orderId} has no ${w} reservation\`);
      return found;
    },
  );
}
`,
    [`${dir}/src/reservations/reservation-commands.test.ts`]: `import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ${c}Reservation, type ${P}Reservation } from '@tiffin/contracts/${k}';
import { createMessage, type Message } from '@tiffin/messages';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { ${c}UnderTest, type ${P}UnderTest } from '../testing/${k}-under-test';

type Reply = Message<'${P}Reserved' | '${P}Refused' | '${P}Released'>;

describe('the ${w} service answering reservations and releases', () => {
  let ${c}: ${P}UnderTest;
  let replies: Reply[];

  beforeAll(async () => {
    ${c} = await ${c}UnderTest();
    replies = await publishedMessages(${c}.broker, ['${P}Reserved', '${P}Refused', '${P}Released']);
    await ${c}.service.start();
  });
  afterAll(() => ${c}.dispose());

  const send = (type: 'Reserve${P}' | 'Release${P}', orderId: string) => ${c}.broker.publish(createMessage(type, 'order', { orderId }, 'corr-1'));
  const repliesTo = (orderId: string) => replies.filter((reply) => reply.payload.orderId === orderId);
  const answered = (orderId: string, count: number) =>
    eventually(\`\${count} answers about order \${orderId}\`, () => (repliesTo(orderId).length >= count ? repliesTo(orderId) : undefined));

  async function reservationOf(orderId: string): Promise<${P}Reservation | undefined> {
    const response = await ${c}.service.app.inject({ method: 'GET', url: \`/orders/\${orderId}/reservation\` });
    return response.statusCode === 404 ? undefined : ${c}Reservation.parse(response.json());
  }

  it('reserves for an order and answers with the reservation, once however often it is asked', async () => {
    const orderId = crypto.randomUUID();
    await send('Reserve${P}', orderId);
    await send('Reserve${P}', orderId);
    const [first, second] = await answered(orderId, 2);
    expect(first).toMatchObject({ type: '${P}Reserved', source: '${k}', correlationId: 'corr-1' });
    expect(second?.payload).toEqual(first?.payload);
    expect(await reservationOf(orderId)).toMatchObject({ status: 'RESERVED' });
  });

  it('releases a reservation, however often the release comes, answering each time', async () => {
    const orderId = crypto.randomUUID();
    await send('Reserve${P}', orderId);
    await send('Release${P}', orderId);
    await send('Release${P}', orderId);
    expect((await answered(orderId, 3)).map((reply) => reply.type)).toEqual(['${P}Reserved', '${P}Released', '${P}Released']);
    expect(await reservationOf(orderId)).toMatchObject({ status: 'RELEASED' });
  });

  it('refuses a reservation that arrives after its release, so nothing stays held', async () => {
    const orderId = crypto.randomUUID();
    await send('Release${P}', orderId);
    await send('Reserve${P}', orderId);
    const [, refusal] = await answered(orderId, 2);
    expect(refusal).toMatchObject({ type: '${P}Refused', payload: { reason: 'This order was called off before ${w} could be reserved' } });
    expect(await reservationOf(orderId)).toMatchObject({ status: 'RELEASED' });
  });

  it('answers 404 naming an order it holds nothing for, 400 naming a malformed id', async () => {
    const unknown = crypto.randomUUID();
    const missing = await ${c}.service.app.inject({ method: 'GET', url: \`/orders/\${unknown}/reservation\` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe(\`order \${unknown} has no ${w} reservation\`);
    const malformed = await ${c}.service.app.inject({ method: 'GET', url: '/orders/latest/reservation' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/params\\.orderId/);
  });
});
`,
    [`${dir}/src/reservations/saga-step.test.ts`]: `import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ${c}Reservation } from '@tiffin/contracts/${k}';
import { createMessage, type Message } from '@tiffin/messages';
import { compensateWith, defineSaga, failBecause, participant, step, succeed } from '@tiffin/saga-kit';
import { sagaAgainstParticipants } from '@tiffin/saga-kit/testing';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { ${c}UnderTest, type ${P}UnderTest } from '../testing/${k}-under-test';

interface Reserving {
  orderId: string;
  consumerId: string;
  cardId: string;
}

/** A saga with the ${w} service in its first step, and a customer check after it that may refuse. */
const reservingSaga = defineSaga<Reserving>('reserving-${k}', [
  step('reserve ${w}', {
    invoke: [
      participant('${k}', (d) => ({ type: 'Reserve${P}', payload: { orderId: d.orderId } }), {
        ${P}Reserved: () => succeed(),
        ${P}Refused: (reply) => failBecause(reply.payload.reason),
      }),
    ],
    compensation: compensateWith((d) => ({ type: 'Release${P}', payload: { orderId: d.orderId } })),
  }),
  step('check the customer', {
    invoke: [
      participant('consumer', (d) => ({ type: 'ValidateConsumer', payload: { orderId: d.orderId, consumerId: d.consumerId, cardId: d.cardId } }), {
        ConsumerValidated: () => succeed(),
        ConsumerRejected: (reply) => failBecause(reply.payload.reason),
      }),
    ],
  }),
]);

describe('the ${w} service taking part in a saga', () => {
  let ${c}: ${P}UnderTest;
  let checks: Message<'ValidateConsumer'>[];

  beforeAll(async () => {
    ${c} = await ${c}UnderTest();
    checks = await publishedMessages(${c}.broker, ['ValidateConsumer']);
    await ${c}.service.start();
  });
  afterAll(() => ${c}.dispose());
  const saga = sagaAgainstParticipants(reservingSaga, () => ${c}.broker);

  const reserving = (): Reserving => ({ orderId: crypto.randomUUID(), consumerId: crypto.randomUUID(), cardId: crypto.randomUUID() });
  /** The test plays the consumer service: it answers the check once the saga has reached it. */
  async function consumerAnswers(orderId: string, accepted: boolean): Promise<void> {
    await eventually('the customer check', () => checks.find((check) => check.payload.orderId === orderId));
    await ${c}.broker.publish(
      accepted
        ? createMessage('ConsumerValidated', 'consumer', { orderId, paymentToken: 'tok_visa' })
        : createMessage('ConsumerRejected', 'consumer', { orderId, reason: 'Your card has expired' }),
    );
  }
  const reservationOf = async (orderId: string) =>
    ${c}Reservation.parse((await ${c}.service.app.inject({ method: 'GET', url: \`/orders/\${orderId}/reservation\` })).json());

  it('reserves in its step, and the saga moves on to the next', async () => {
    const data = reserving();
    await saga.start(data);
    await consumerAnswers(data.orderId, true);
    expect(await saga.outcome(data.orderId)).toEqual({ status: 'succeeded', failureReason: null });
    expect(await reservationOf(data.orderId)).toMatchObject({ status: 'RESERVED' });
  });

  it('releases what it reserved when a later step fails: its compensation', async () => {
    const data = reserving();
    await saga.start(data);
    await consumerAnswers(data.orderId, false);
    expect(await saga.outcome(data.orderId)).toEqual({ status: 'compensated', failureReason: 'Your card has expired' });
    await expect.poll(async () => (await reservationOf(data.orderId)).status, { timeout: 10_000 }).toBe('RELEASED');
  });
});
`,
  };
}
