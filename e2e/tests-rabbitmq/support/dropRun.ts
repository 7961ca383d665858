import amqp from 'amqplib';
import pg from 'pg';
import { deleteExchangeAndQueues } from '@tiffin/broker';
import { consumerQueueDeclarations } from '@tiffin/messages';
import { rabbitMqRun } from './rabbitMqRun';

/** Drops this run's databases and deletes its exchange and queues: the machine's servers are shared. */
export async function dropRun(): Promise<void> {
  const run = rabbitMqRun();
  const admin = new pg.Client({ connectionString: run.postgresUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${run.databasePrefix}\\_%`]);
    for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await admin.end();
  }
  const connection = await amqp.connect(run.amqpUrl);
  try {
    await deleteExchangeAndQueues(await connection.createChannel(), run.exchange, consumerQueueDeclarations.map((queue) => queue.consumer));
  } finally {
    await connection.close();
  }
}
